// util.inspect of numbers: signs, zero, special values, exponents.
const { inspect } = require('util');
const values = [0, -0, 1, -1, 1.5, -1.5, 0.1, 1e21, 1e-7, -1e-7, 123456789, 2 ** 53, -(2 ** 53),
  Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, NaN, Infinity, -Infinity, 0.000001, 1 / 3,
  100, 1e100, 5e-324, 4294967295, 0xff, 0o17, 0b101];
for (const v of values) console.log(inspect(v));
console.log(inspect([0, -0, NaN, -Infinity]));
console.log(inspect({ zero: -0, big: 1e300 }));
