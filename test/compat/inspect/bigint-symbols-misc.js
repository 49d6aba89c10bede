// util.inspect of bigint, symbol, boolean, null and undefined.
const { inspect } = require('util');
const values = [0n, 1n, -1n, 12345678901234567890n, true, false, null, undefined, Symbol(), Symbol('desc'),
  Symbol(''), Symbol('with space'), Symbol.iterator, Symbol.for('registered'), Symbol.asyncIterator];
for (const v of values) console.log(inspect(v));
console.log(inspect([1n, Symbol('s'), null, undefined, true]));
console.log(inspect({ b: 10n, s: Symbol('x'), u: undefined, n: null }));
