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

for (const v of ['x', 1, {}, [1], [1, 2, 3], [], null, true, new Uint32Array(2)]) {
  report(`hrtime(${JSON.stringify(v)})`, () => process.hrtime(v));
}
report('hrtime()', () => Array.isArray(process.hrtime()));
report('hrtime([0, 0])', () => process.hrtime([0, 0]).length);
report('hrtime.bigint()', () => process.hrtime.bigint());
