'use strict';
// Prints the shape of the error `fn` throws (or that it returned normally).
function report(label, fn) {
  let result;
  try {
    result = fn();
  } catch (e) {
    console.log(`${label}: threw`);
    console.log('  name:', e.name);
    console.log('  code:', e.code);
    console.log('  message:', JSON.stringify(e.message));
    console.log('  string:', JSON.stringify(String(e)));
    console.log('  TypeError:', e instanceof TypeError, 'RangeError:', e instanceof RangeError, 'Error:', e instanceof Error);
    console.log('  keys:', JSON.stringify(Object.keys(e)));
    console.log('  stack0:', JSON.stringify(String(e.stack).split('\n')[0]));
    return;
  }
  console.log(`${label}: returned ${typeof result}`);
}

const util = require('util');
for (const v of [-2, -13, -98, -111, -4095, -3008, -1, -99999]) {
  report(`getSystemErrorName(${v})`, () => console.log('  ->', util.getSystemErrorName(v)));
}
for (const v of [0, 1, 2, 'x', 1.5, -1.5, null, 2n, NaN]) {
  report(`getSystemErrorName(${typeof v === 'bigint' ? '2n' : JSON.stringify(v)})`, () => util.getSystemErrorName(v));
}
report('getSystemErrorMap size>0', () => util.getSystemErrorMap().size > 0);
console.log(util.getSystemErrorMap().get(-2));
