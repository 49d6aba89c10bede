// 'newListener' fires before the listener is added, with unwrapped once listeners
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', function (name, listener) {
  log.push(['newListener', typeof name === 'symbol' ? name.toString() : name, listener.name, this === e, e.listenerCount(name)]);
});
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
e.prependListener('x', a);
e.prependOnceListener('y', b);
e.on(Symbol('sym'), a);
console.log(log);
// listener added from within newListener ends up before the one being added
const e2 = new EventEmitter();
let inside = false;
e2.on('newListener', (name) => {
  if (name === 'foo' && !inside) {
    inside = true;
    e2.on('foo', function addedInside() { console.log('added inside newListener'); });
    inside = false;
  }
});
e2.on('foo', function original() { console.log('original'); });
e2.emit('foo');
console.log(e2.rawListeners('foo').map((f) => f.name));
// newListener listener registration itself fires newListener for itself? (only existing ones)
const e3 = new EventEmitter();
e3.on('newListener', (n) => console.log('e3 newListener for', n));
e3.on('newListener', () => {});
e3.on('z', () => {});
// once('newListener') removes itself
const e4 = new EventEmitter();
e4.once('newListener', (n) => console.log('once newListener', n));
e4.on('q', () => {});
e4.on('r', () => {});
console.log(e4.listenerCount('newListener'));
