// util.inspect of Set: sizes, values of every kind, nesting.
const { inspect } = require('util');
const values = [new Set(), new Set([1]), new Set([1, 'a', null, undefined, [1], { a: 1 }]),
  new Set([new Set([new Set([1])])]), new Set(Array.from({ length: 120 }, (_, i) => i)),
  Object.assign(new Set(['x']), { extra: 1 }), new Set(['a'.repeat(40), 'b'.repeat(40)])];
for (const v of values) console.log(inspect(v));
console.log(inspect(new Set([1, 2, 3]), { maxArrayLength: 2 }));
console.log(inspect({ s: new Set([{ a: { b: { c: 1 } } }]) }));
console.log(inspect([new Set([1]), new Map([[1, 1]])]));
