// removeAllListeners with and without 'removeListener' listeners
const EventEmitter = require('events');
const e = new EventEmitter();
function a() {} function b() {} function c() {}
e.on('x', a); e.on('x', b); e.on('y', c); e.once('z', a);
e.on('removeListener', (name, fn) => console.log('removed', String(name), fn.name));
console.log(e.removeAllListeners('x') === e);
console.log(e.eventNames());
e.on('x', a);
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);
const e2 = new EventEmitter();
e2.on('p', a); e2.on('q', b);
e2.removeAllListeners('p');
console.log(e2.eventNames(), e2._eventsCount);
e2.removeAllListeners('nothing');
console.log(e2._eventsCount);
e2.removeAllListeners();
console.log(e2.eventNames(), e2._eventsCount, Object.getPrototypeOf(e2._events));
// removeAllListeners(undefined) removes only 'undefined'
const e3 = new EventEmitter();
e3.on('undefined', a); e3.on('k', b);
e3.removeAllListeners(undefined);
console.log(e3.eventNames());
// with a symbol and removeListener watcher
const s = Symbol('sym');
const e4 = new EventEmitter();
e4.on(s, a); e4.on('w', b);
e4.on('removeListener', (n, f) => console.log('e4 removed', String(n), f.name));
e4.removeAllListeners();
console.log(e4.eventNames());
