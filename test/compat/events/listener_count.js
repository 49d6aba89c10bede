// listenerCount(name[, listener]) and the static EventEmitter.listenerCount
const EventEmitter = require('events');
const e = new EventEmitter();
function a() {}
function b() {}
console.log(e.listenerCount('x'), e.listenerCount('x', a));
e.on('x', a);
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b));
e.once('x', a);
e.on('x', b);
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b));
e.once('y', b);
console.log(e.listenerCount('y', b), e.listenerCount('y', a), e.listenerCount('y', null), e.listenerCount('y', undefined));
console.log(EventEmitter.listenerCount(e, 'x'), EventEmitter.listenerCount(e, 'none'));
const fake = { listenerCount(name) { return 'custom:' + name; } };
console.log(EventEmitter.listenerCount(fake, 'q'));
const bare = { _events: { z: [a, b, a] } };
console.log(EventEmitter.listenerCount(bare, 'z'));
console.log(EventEmitter.prototype.listenerCount.call({}, 'q'));
console.log(e.listenerCount(), e.listenerCount('y', 5));
