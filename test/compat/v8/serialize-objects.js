// v8.serialize of plain objects: key order, integer keys, nesting, references and cycles.
const v8 = require('v8');
const shared = { s: 1 };
const cyc = { name: 'c' };
cyc.self = cyc;
const values = [{}, { a: 1 }, { a: 1, b: 'x', c: null }, { 1: 'one', 0: 'zero', b: 2 },
  { '-1': 1, 4294967295: 2, 4294967294: 3, 2147483648: 4, '01': 5 },
  { nested: { deeper: { deepest: [1, 2] } } }, { a: shared, b: shared }, cyc,
  Object.create(null), new (class Point { constructor() { this.x = 1; this.y = 2; } })(),
  { get g() { return 42; }, u: undefined }, Object.defineProperty({ v: 1 }, 'hidden', { value: 2, enumerable: false }),
  { [Symbol('s')]: 1, t: 2 }, { f: 1.5, n: -0 }];
for (const v of values) {
  const buf = v8.serialize(v);
  console.log(buf.toString('hex'));
}
const back = v8.deserialize(v8.serialize({ a: shared, b: shared }));
console.log(back.a === back.b, JSON.stringify(back));
const c2 = v8.deserialize(v8.serialize(cyc));
console.log(c2.self === c2, c2.name);
console.log(JSON.stringify(v8.deserialize(v8.serialize({ 1: 'one', 0: 'zero', b: 2 }))));
