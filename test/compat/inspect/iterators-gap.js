// util.inspect of Map/Set iterators: Node previews entries (a known cnode gap).
const { inspect } = require('util');
const m = new Map([['a', 1], ['b', 2]]);
const s = new Set([1, 2]);
console.log(inspect(m.entries()));
console.log(inspect(m.keys()));
console.log(inspect(m.values()));
console.log(inspect(s.values()));
console.log(inspect(s.entries()));
const it = m.keys();
it.next();
console.log(inspect(it));
console.log(inspect([1, 2][Symbol.iterator]()));
console.log(inspect((function* g() { yield 1; })()));
