// util.isDeepStrictEqual on primitives uses SameValue: NaN equals NaN, 0 and -0 differ.
const { isDeepStrictEqual: eq } = require('util');
const s = Symbol('s');
const pairs = [[1, 1], [1, '1'], [NaN, NaN], [0, -0], [-0, -0], [null, undefined], [null, null],
  ['a', 'a'], ['a', 'b'], [true, 1], [1n, 1n], [1n, 1], [s, s], [Symbol('s'), Symbol('s')],
  [undefined, undefined], [Infinity, Infinity], [() => {}, () => {}], [eq, eq], [{}, null]];
for (const [a, b] of pairs) console.log(typeof a, typeof b, eq(a, b), eq(b, a));
