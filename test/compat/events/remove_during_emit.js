// removing and adding listeners while emitting affects only later emits
const EventEmitter = require('events');
const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('x', b); }
function b() { console.log('b'); }
function c() { console.log('c'); e.removeListener('x', a); }
e.on('x', a); e.on('x', b); e.on('x', c);
e.emit('x');
console.log('--');
e.emit('x');
console.log('--', e.listenerCount('x'));
const e2 = new EventEmitter();
e2.on('y', function first() { console.log('first'); e2.on('y', function added() { console.log('added'); }); });
e2.on('y', function second() { console.log('second'); });
e2.emit('y');
console.log('--');
e2.emit('y');
console.log(e2.listeners('y').map((f) => f.name));
// single listener removes itself and adds a new one
const e3 = new EventEmitter();
function self() { console.log('self'); e3.removeListener('z', self); e3.on('z', () => console.log('replacement')); }
e3.on('z', self);
e3.emit('z');
e3.emit('z');
// removeAllListeners during emit
const e4 = new EventEmitter();
e4.on('w', () => { console.log('w1'); e4.removeAllListeners('w'); });
e4.on('w', () => console.log('w2 still runs'));
e4.emit('w');
console.log(e4.emit('w'));
// nested emits of the same event while mutating
const e5 = new EventEmitter();
let depth = 0;
function n1() { console.log('n1 depth', depth); if (depth++ < 2) { e5.on('n', () => console.log('extra at', depth)); e5.emit('n'); } }
e5.on('n', n1);
e5.on('n', () => console.log('n2'));
e5.emit('n');
console.log(e5.listenerCount('n'));
// remove the same once listener during emit
const e6 = new EventEmitter();
function o() { console.log('o'); }
e6.on('p', () => e6.removeListener('p', o));
e6.once('p', o);
e6.emit('p');
console.log(e6.listenerCount('p'));
