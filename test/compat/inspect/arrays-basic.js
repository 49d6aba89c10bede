// util.inspect of plain arrays of many element kinds.
const { inspect } = require('util');
const values = [[], [1], [1, 2, 3], ['a', 'b'], [[]], [[1, [2, [3, [4]]]]], [{}], [{ a: 1 }, { b: 2 }],
  [null, undefined], [true, false], [1.5, -0, NaN], ['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)],
  [function f() {}, () => {}], [new Date(0)], [/x/g], Array(3).fill('ab'), [[1, 2], [3, 4]],
  [{ a: [1, 2, { b: 3 }] }]];
for (const v of values) console.log(inspect(v));
