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

for (const v of ['abc', '999', '8', '', -1, 1.5, 2 ** 32, 2 ** 33, -(2 ** 40), {}, true, 5n, NaN, Infinity]) {
  report(`umask(${typeof v === 'bigint' ? `${v}n` : JSON.stringify(v)})`, () => process.umask(v));
}
const old = process.umask('022');
report('umask("077") valid', () => process.umask('077'));
console.log('restored:', process.umask(old) === 0o77);
