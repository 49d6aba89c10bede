// 'removeListener' fires after removal, with the original listener
const EventEmitter = require('events');
const e = new EventEmitter();
function a() {}
function b() {}
function c() {}
e.on('removeListener', function (name, listener) {
  console.log('removeListener', name, listener.name, this === e, e.listenerCount(name));
});
e.on('x', a);
e.on('x', b);
e.once('x', c);
e.removeListener('x', b);
e.removeListener('x', c); // once wrapper removed by original function
e.removeListener('x', b); // not present: no event
e.removeListener('x', a);
e.removeListener('nothing', a);
e.once('y', a);
e.emit('y'); // once removal reports original
e.on('z', a);
e.on('z', a);
e.removeListener('z', a); // removes last occurrence
console.log(e.listenerCount('z'));
e.off('z', a);
console.log(e.listenerCount('z'), e.eventNames());
// removing the removeListener listener itself does not emit
const e2 = new EventEmitter();
function rl(n, l) { console.log('e2 removeListener', n, l.name); }
e2.on('removeListener', rl);
e2.on('foo', a);
e2.removeListener('foo', a);
e2.removeListener('removeListener', rl);
console.log(e2.eventNames());
