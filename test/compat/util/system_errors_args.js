// util.getSystemErrorName/Message reject non-numbers and non-negative integers.
const util = require('util');
for (const fn of ['getSystemErrorName', 'getSystemErrorMessage']) {
  for (const v of [0, 1, 2, 'ENOENT', '-2', null, undefined, -1.5, NaN, Infinity, -Infinity, 2n]) {
    try {
      console.log(fn, util[fn](v));
    } catch (e) {
      console.log(fn, e.name, e.code, e.message);
    }
  }
}
