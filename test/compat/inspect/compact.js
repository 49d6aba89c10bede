// util.inspect's compact option: false, true and numeric levels.
const { inspect } = require('util');
const value = { a: 1, b: { c: [1, 2, 3], d: { e: 'text', f: { g: null } } }, h: 'x'.repeat(20), list: [{ i: 1 }, { j: 2 }] };
for (const compact of [false, true, 0, 1, 2, 3, 4, 10]) {
  console.log(`compact=${compact}`);
  console.log(inspect(value, { compact }));
}
console.log(inspect({ long: 'y'.repeat(100), arr: ['z'.repeat(60), 'w'.repeat(60)] }, { compact: true }));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i), { compact: true }));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i), { compact: false }));
console.log(inspect(new Map([['k', { v: [1, 2] }]]), { compact: false }));
