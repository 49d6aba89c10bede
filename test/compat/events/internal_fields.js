// _events / _eventsCount / _maxListeners shape as packages read them
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(Object.getPrototypeOf(e._events), Object.keys(e._events), e._eventsCount, e._maxListeners);
console.log(Object.keys(e), Object.getOwnPropertySymbols(e).map(String));
function a() {} function b() {}
e.on('x', a);
console.log(typeof e._events.x, e._events.x === a, e._eventsCount);
e.on('x', b);
console.log(Array.isArray(e._events.x), e._events.x.length, e._events.x[0] === a, e._eventsCount);
e.once('y', a);
console.log(typeof e._events.y, e._events.y.listener === a, e._events.y === a);
e.removeListener('x', a);
console.log(e._events.x === b, e._eventsCount);
e.removeListener('x', b);
console.log('x' in e._events, e._eventsCount);
e.removeListener('y', a);
console.log(e._eventsCount, Object.keys(e._events));
e.setMaxListeners(3);
console.log(e._maxListeners);
// warned flag on the listener array
process.on('warning', () => {});
const w = new EventEmitter();
w.setMaxListeners(1);
w.on('q', a); w.on('q', b);
console.log(e._events.x, w._events.q.warned, w._events.q.length);
// prototype defaults
console.log(EventEmitter.prototype._events, EventEmitter.prototype._eventsCount, EventEmitter.prototype._maxListeners);
// objects poking at _events directly
const p = new EventEmitter();
p._events.manual = function manual() { console.log('manual listener called'); };
p._eventsCount++;
p.emit('manual');
console.log(p.listenerCount('manual'), p.eventNames());
p._events.arr = [() => console.log('arr 1'), () => console.log('arr 2')];
p.emit('arr');
// emitter created with Object.create(EventEmitter.prototype) lazily gets _events
const lazy = Object.create(EventEmitter.prototype);
console.log(lazy._events, lazy.emit('x'), lazy.listenerCount('x'));
lazy.on('x', () => console.log('lazy x'));
lazy.emit('x');
console.log(Object.keys(lazy));
// init() on a pre-populated object keeps its _events
const pre = { _events: { z: a }, _eventsCount: 1 };
Object.setPrototypeOf(pre, EventEmitter.prototype);
EventEmitter.init.call(pre);
console.log(pre._events.z === a, pre._eventsCount, pre._maxListeners);
console.log(e);
