// util.inspect of Map: sizes, keys of every kind, nesting.
const { inspect } = require('util');
const values = [new Map(), new Map([['a', 1]]), new Map([['a', 1], ['b', 2]]),
  new Map([[{ k: 1 }, [1, 2]], [null, undefined], [NaN, -0]]), new Map([[new Map([[1, 2]]), new Set([3])]]),
  new Map([[1, { deep: { deeper: { deepest: 1 } } }]]), new Map(Array.from({ length: 30 }, (_, i) => [i, `v${i}`])),
  Object.assign(new Map([[1, 1]]), { extra: 'prop' })];
for (const v of values) console.log(inspect(v));
console.log(inspect(new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 }));
console.log(inspect(new Map([[1, 2]]), { maxArrayLength: 0 }));
console.log(inspect({ m: new Map([['x', new Map([['y', new Map([['z', 1]])]])]]) }));
