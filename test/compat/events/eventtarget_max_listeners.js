// MaxListenersExceededWarning for EventTarget; AbortSignal has no limit
const events = require('events');
process.on('warning', (w) => console.log('warning', w.name, w.message, w.target && w.target.constructor.name, w.type, w.count));
const t = new EventTarget();
console.log(events.getMaxListeners(t));
for (let i = 0; i < 11; i++) t.addEventListener('foo', () => {});
for (let i = 0; i < 12; i++) t.addEventListener('bar', () => {}); // already warned for this target
const t2 = new EventTarget();
events.setMaxListeners(2, t2);
t2.addEventListener('x', () => {}); t2.addEventListener('x', () => {});
console.log('two added');
t2.addEventListener('x', () => {});
const same = () => {};
const t3 = new EventTarget();
events.setMaxListeners(1, t3);
t3.addEventListener('d', same); t3.addEventListener('d', same); // duplicate does not count
console.log('no warning for duplicates');
const s = new AbortController().signal;
console.log(events.getMaxListeners(s));
for (let i = 0; i < 30; i++) s.addEventListener('abort', () => {});
class MyTarget extends EventTarget {}
const mt = new MyTarget();
events.setMaxListeners(1, mt);
mt.addEventListener('m', () => {}); mt.addEventListener('m', () => {});
const t4 = new EventTarget();
events.setMaxListeners(0, t4);
for (let i = 0; i < 20; i++) t4.addEventListener('u', () => {});
console.log('sync done');
