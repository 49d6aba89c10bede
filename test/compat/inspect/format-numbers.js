// util.format's %d, %i and %f conversions.
const { format } = require('util');
const inputs = [42, -42, 1.9, -1.9, '42', '42.5abc', 'abc', '', ' 7 ', '0x10', '1e3', null, undefined, true, [], [5], {}, -0, 0, 10n, -3n,
  Infinity, -Infinity, NaN, Symbol('s'), { valueOf() { return 9; } }, 2 ** 60];
for (const v of inputs) {
  let shown;
  try { shown = format('%d|%i|%f', v, v, v); } catch (err) { shown = `${err.name}: ${err.message}`; }
  console.log(typeof v === 'symbol' ? 'symbol' : typeof v, shown);
}
console.log(format('%d%%', 50));
console.log(format('%i', 1.99999999999));
