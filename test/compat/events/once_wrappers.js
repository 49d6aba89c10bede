// once: wrappers, rawListeners vs listeners, calling the raw wrapper
const EventEmitter = require('events');
const e = new EventEmitter();
function onceFn(...args) { console.log('onceFn', args, this === e); return 'ret'; }
e.once('x', onceFn);
const raw = e.rawListeners('x');
console.log(raw.length, raw[0] === onceFn, raw[0].listener === onceFn, typeof raw[0]);
console.log(e.listeners('x')[0] === onceFn);
console.log('raw call returns', raw[0]('a', 'b'));
console.log('after raw call', e.listenerCount('x'));
console.log('second raw call returns', raw[0]('c'));
e.once('y', onceFn);
console.log(e.emit('y', 1, 2, 3), e.emit('y', 4));
// once with same function registered twice
e.once('z', onceFn);
e.once('z', onceFn);
e.emit('z', 'first');
e.emit('z', 'second');
e.emit('z', 'third');
// listeners returns copies
const l1 = e.listeners('w');
e.on('w', onceFn);
const l2 = e.listeners('w');
l2.push(1);
console.log(l1.length, e.listeners('w').length, e.rawListeners('w') !== e.rawListeners('w'));
// once listener removed before emit
const e2 = new EventEmitter();
function g() { console.log('g should not run'); }
e2.once('a', g);
e2.removeListener('a', g);
console.log(e2.emit('a'));
// once re-entrancy: emitting inside once listener does not call it again
const e3 = new EventEmitter();
let n = 0;
e3.once('r', () => { n++; e3.emit('r'); });
e3.emit('r');
console.log('reentrant count', n);
// once and removeListener interplay with mixed listeners
const e4 = new EventEmitter();
e4.on('m', () => console.log('m on 1'));
e4.once('m', () => console.log('m once'));
e4.on('m', () => console.log('m on 2'));
e4.emit('m');
e4.emit('m');
console.log(e4.rawListeners('m').map((f) => typeof f.listener));
