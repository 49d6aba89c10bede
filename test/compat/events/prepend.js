// prependListener and prependOnceListener ordering
const EventEmitter = require('events');
const e = new EventEmitter();
const order = [];
e.on('x', () => order.push('on1'));
e.prependListener('x', () => order.push('pre1'));
e.on('x', () => order.push('on2'));
e.prependOnceListener('x', () => order.push('preOnce'));
e.prependListener('x', () => order.push('pre2'));
e.emit('x');
console.log(order.join(','));
order.length = 0;
e.emit('x');
console.log(order.join(','));
console.log(e.prependListener('y', () => {}) === e, e.prependOnceListener('y', () => {}) === e);
// prepend onto empty and single
const e2 = new EventEmitter();
e2.prependListener('a', () => console.log('only'));
e2.emit('a');
e2.prependOnceListener('a', () => console.log('before only'));
e2.emit('a');
e2.emit('a');
// prepend fires newListener
e2.on('newListener', (n, l) => console.log('newListener', n, l.name));
e2.prependListener('b', function named() {});
e2.prependOnceListener('b', function namedOnce() {});
console.log(e2.rawListeners('b').map((f) => f.name === 'namedOnce' ? 'raw-is-original' : (f.listener ? 'wrapper:' + f.listener.name : f.name)));
