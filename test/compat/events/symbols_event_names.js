// symbols as event names, and eventNames() ordering
const EventEmitter = require('events');
const e = new EventEmitter();
const s1 = Symbol('one');
const s2 = Symbol.for('two');
e.on(s1, (x) => console.log('s1 got', x));
e.on('str', () => {});
e.on(s2, () => console.log('s2'));
e.on('another', () => {});
console.log(e.eventNames().map(String));
console.log(e.emit(s1, 'value'), e.emit(s2), e.emit(Symbol('one')));
console.log(e.listenerCount(s1), e.listeners(s2).length);
e.removeAllListeners(s1);
console.log(e.eventNames().map(String));
e.once(s1, () => console.log('once s1'));
e.emit(s1); e.emit(s1);
console.log(e.eventNames().map(String));
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);
// eventNames after removing one of several
const e2 = new EventEmitter();
e2.on('a', () => {}); e2.on('b', () => {}); e2.on('c', () => {});
e2.removeAllListeners('b');
e2.on('b', () => {});
console.log(e2.eventNames());
// __proto__ and other special names
e2.on('__proto__', () => console.log('__proto__ event'));
e2.on('constructor', () => console.log('constructor event'));
e2.on('hasOwnProperty', () => console.log('hasOwnProperty event'));
e2.emit('__proto__'); e2.emit('constructor'); e2.emit('hasOwnProperty');
console.log(e2.eventNames(), e2.emit('toString'));
