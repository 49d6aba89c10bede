// util.inspect / console.log output for emitters, targets, signals (timeStamp masked)
const util = require('util');
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
e.on('foo', function foo() {});
e.on('foo', function bar() {});
e.once('baz', function baz() {});
console.log(util.inspect(e, { depth: 0 }));
console.log(util.inspect(e));
class Custom extends EventEmitter {}
console.log(util.inspect(new Custom(), { depth: -1 }));
console.log(new EventTarget());
console.log(util.inspect(new EventTarget(), { depth: -1 }));
const ac = new AbortController();
console.log(ac);
console.log(ac.signal);
console.log(util.inspect(ac, { depth: 0 }));
console.log(util.inspect(ac.signal, { depth: -1 }));
ac.abort();
console.log(ac.signal);
console.log([AbortSignal.abort()]);
const mask = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <t>');
console.log(mask(util.inspect(new Event('x'))));
console.log(mask(util.inspect(new CustomEvent('y', { detail: 1 }))));
console.log(util.inspect(new Event('x'), { depth: -1 }));
console.log(mask(util.inspect({ nested: { ev: new Event('z') } }, { depth: 4 })));
