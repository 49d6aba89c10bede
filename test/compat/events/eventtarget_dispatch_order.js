// EventTarget dispatch order, additions/removals during dispatch, return value
const t = new EventTarget();
const log = [];
function a() { log.push('a'); }
function b() { log.push('b'); t.removeEventListener('x', c); }
function c() { log.push('c'); }
function d() { log.push('d'); t.addEventListener('x', e); }
function e() { log.push('e'); }
t.addEventListener('x', a);
t.addEventListener('x', b);
t.addEventListener('x', c);
t.addEventListener('x', d);
console.log(t.dispatchEvent(new Event('x')), log.join(','));
log.length = 0;
t.dispatchEvent(new Event('x'));
console.log(log.join(','));
// adding to the end while the last listener runs is not visited in this dispatch
const t2 = new EventTarget();
t2.addEventListener('y', () => { console.log('y1'); t2.addEventListener('y', () => console.log('y-added')); });
t2.dispatchEvent(new Event('y'));
console.log('--');
t2.dispatchEvent(new Event('y'));
// removing itself and the next
const t3 = new EventTarget();
function r1() { console.log('r1'); t3.removeEventListener('z', r1); t3.removeEventListener('z', r2); }
function r2() { console.log('r2 should not run'); }
function r3() { console.log('r3'); }
t3.addEventListener('z', r1); t3.addEventListener('z', r2); t3.addEventListener('z', r3);
t3.dispatchEvent(new Event('z'));
t3.dispatchEvent(new Event('z'));
// this and argument
const t4 = new EventTarget();
t4.addEventListener('w', function (ev) { console.log(this === t4, ev.target === t4, ev.currentTarget === t4, arguments.length); });
t4.dispatchEvent(new Event('w'));
// return value with preventDefault
const t5 = new EventTarget();
t5.addEventListener('c', (ev) => ev.preventDefault());
console.log(t5.dispatchEvent(new Event('c')), t5.dispatchEvent(new Event('c', { cancelable: true })));
// no listeners
console.log(new EventTarget().dispatchEvent(new Event('none')));
// capture and non-capture are both called in registration order
const t6 = new EventTarget();
t6.addEventListener('k', () => console.log('bubble'));
t6.addEventListener('k', () => console.log('capture'), { capture: true });
t6.addEventListener('k', () => console.log('capture bool'), true);
t6.dispatchEvent(new Event('k'));
// nested dispatch of a different event
const t7 = new EventTarget();
t7.addEventListener('outer', () => { console.log('outer start'); t7.dispatchEvent(new Event('inner')); console.log('outer end'); });
t7.addEventListener('inner', () => console.log('inner'));
t7.dispatchEvent(new Event('outer'));
// redispatching the same event inside a listener throws ERR_EVENT_RECURSION
const t8 = new EventTarget();
t8.addEventListener('rec', (ev) => {
  try { t8.dispatchEvent(ev); } catch (err) { console.log(err.name, err.code, err.message); }
});
t8.dispatchEvent(new Event('rec'));
// event can be dispatched again after it finishes
const ev = new Event('again');
t8.addEventListener('again', () => console.log('again called'));
t8.dispatchEvent(ev); t8.dispatchEvent(ev);
