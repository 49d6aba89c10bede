// listener objects with handleEvent
const t = new EventTarget();
const obj = { count: 0, handleEvent(ev) { this.count++; console.log('handleEvent', ev.type, this === obj); } };
t.addEventListener('a', obj);
t.addEventListener('a', obj); // duplicate
t.dispatchEvent(new Event('a'));
console.log(obj.count);
// handleEvent looked up at dispatch time
const late = {};
t.addEventListener('b', late);
late.handleEvent = function () { console.log('late handleEvent'); };
t.dispatchEvent(new Event('b'));
late.handleEvent = function () { console.log('replaced handleEvent'); };
t.dispatchEvent(new Event('b'));
// removal by object
t.removeEventListener('a', obj);
t.dispatchEvent(new Event('a'));
console.log(obj.count);
// function with handleEvent property: function is called
function fn() { console.log('function called'); }
fn.handleEvent = () => console.log('property not used');
t.addEventListener('c', fn);
t.dispatchEvent(new Event('c'));
// once with object
const onceObj = { handleEvent() { console.log('once object'); } };
t.addEventListener('d', onceObj, { once: true });
t.dispatchEvent(new Event('d')); t.dispatchEvent(new Event('d'));
// null listener: warning, no effect
process.on('warning', (w) => console.log('warning', w.name, w.message, w.type, w.target === t));
t.addEventListener('e', null);
t.addEventListener('e', undefined);
t.removeEventListener('e', null);
console.log('sync done');
