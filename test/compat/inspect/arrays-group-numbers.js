// util.inspect lays out long arrays of numbers in right-aligned columns.
const { inspect } = require('util');
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const cases = [
  range(7, (i) => i), range(10, (i) => i * 3), range(26, (i) => i), range(30, (i) => i * 1000),
  range(40, (i) => i * i), range(64, (i) => (i * 7919) % 1000), range(12, (i) => i / 4),
  range(16, (i) => -i * 11), range(20, (i) => BigInt(i) ** 3n), range(50, (i) => 2 ** i),
  range(27, (i) => (i % 3 === 0 ? 100000 : i)), range(7, (i) => 1e6 * i), range(9, (i) => i - 4.5),
];
for (const c of cases) console.log(inspect(c));
console.log(inspect({ nested: range(30, (i) => i) }));
console.log(inspect({ a: { b: range(30, (i) => i * 5) } }));
console.log(inspect(new Uint8Array(range(40, (i) => i * 6))));
console.log(inspect(new Float32Array(range(12, (i) => i / 8))));
console.log(inspect(range(30, (i) => i), { breakLength: 40 }));
console.log(inspect(range(30, (i) => i), { breakLength: 200 }));
