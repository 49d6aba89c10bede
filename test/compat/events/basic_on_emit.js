// on/emit basics: return values, argument passing, `this`, chaining
const EventEmitter = require('events');
const e = new EventEmitter();
console.log('emit without listeners', e.emit('foo'));
const r = e.on('foo', function (...args) {
  console.log('foo listener', args, this === e, arguments.length);
});
console.log('on returns emitter', r === e);
console.log('emit with listener', e.emit('foo'));
e.emit('foo', 1);
e.emit('foo', 1, 'two');
e.emit('foo', 1, 'two', { three: 3 });
e.emit('foo', 1, 2, 3, 4);
e.emit('foo', 1, 2, 3, 4, 5, 6, 7);
e.emit('foo', undefined);
e.emit('foo', undefined, undefined);
console.log('addListener is on', EventEmitter.prototype.on === EventEmitter.prototype.addListener);
console.log('off is removeListener', EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
e.addListener('bar', () => console.log('bar 1'));
e.on('bar', () => console.log('bar 2'));
e.on('bar', (x) => console.log('bar 3', x));
console.log(e.emit('bar', 'x'));
// arrow functions keep lexical this
const self = this;
e.on('arrow', () => console.log('arrow this is module this', this === self));
e.emit('arrow');
// same listener twice is called twice
function twice() { console.log('twice'); }
e.on('t', twice); e.on('t', twice);
e.emit('t');
console.log(e.listenerCount('t'));
e.off('t', twice);
e.emit('t');
console.log(e.listenerCount('t'));
// numbers are property keys
e.on(1, () => console.log('numeric 1'));
e.emit('1');
e.emit(1);
console.log(e.eventNames());
