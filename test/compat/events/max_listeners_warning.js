// MaxListenersExceededWarning content via process.on('warning')
const EventEmitter = require('events');
process.on('warning', (w) => {
  console.log('warning', w.name, w.message);
  console.log(' props', w.emitter && w.emitter.constructor.name, typeof w.type === 'symbol' ? w.type.toString() : w.type, w.count, w instanceof Error);
});
const e = new EventEmitter();
for (let i = 0; i < 10; i++) e.on('foo', () => {});
console.log('10 added, no warning yet');
e.on('foo', () => {});
e.on('foo', () => {}); // warned only once
class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(2);
c.on('bar', () => {}); c.on('bar', () => {}); c.on('bar', () => {});
const s = Symbol('symbolic');
const e2 = new EventEmitter();
e2.setMaxListeners(1);
e2.on(s, () => {}); e2.on(s, () => {});
const e3 = new EventEmitter();
e3.setMaxListeners(0); // unlimited
for (let i = 0; i < 20; i++) e3.on('many', () => {});
const e4 = new EventEmitter();
e4.setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) e4.on('many', () => {});
const e5 = new EventEmitter();
e5.setMaxListeners(1);
e5.prependListener('p', () => {}); e5.prependListener('p', () => {});
const e6 = new EventEmitter();
e6.setMaxListeners(1);
e6.once('o', () => {}); e6.once('o', () => {});
console.log('sync done');
