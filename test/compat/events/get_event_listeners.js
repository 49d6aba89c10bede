// events.getEventListeners for emitters and targets
const { getEventListeners, EventEmitter } = require('events');
const e = new EventEmitter();
function a() {} function b() {}
e.on('x', a); e.once('x', b);
const l = getEventListeners(e, 'x');
console.log(l.length, l[0] === a, l[1] === b, getEventListeners(e, 'none'));
const t = new EventTarget();
const obj = { handleEvent() {} };
t.addEventListener('y', a);
t.addEventListener('y', obj);
t.addEventListener('y', b, { once: true });
t.addEventListener('y', a, true);
const tl = getEventListeners(t, 'y');
console.log(tl.length, tl[0] === a, tl[1] === obj, tl[2] === b, tl[3] === a);
t.dispatchEvent(new Event('y'));
console.log(getEventListeners(t, 'y').length, getEventListeners(t, 'zzz'));
const ac = new AbortController();
console.log(getEventListeners(ac.signal, 'abort').length);
ac.signal.onabort = () => {};
console.log(getEventListeners(ac.signal, 'abort').length, typeof getEventListeners(ac.signal, 'abort')[0]);
for (const bad of [1, {}, "str"]) {
  try { getEventListeners(bad, 'x'); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
