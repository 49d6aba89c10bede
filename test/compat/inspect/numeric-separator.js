// util.inspect's numericSeparator option groups digits with underscores.
const { inspect } = require('util');
const values = [0, -0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 1234.5678, -0.5, 0.0001234, 123456.123456,
  1e21, 1e-7, NaN, Infinity, -Infinity, 2 ** 53, 1234n, -123456789n, 0n, 0.1 + 0.2];
for (const v of values) console.log(inspect(v, { numericSeparator: true }));
console.log(inspect([1000, 2000000, 3.14159], { numericSeparator: true }));
console.log(inspect({ big: 9007199254740993n, n: 65536 }, { numericSeparator: true }));
