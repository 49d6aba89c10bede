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

for (const v of ['abc', 1.5, {}, [], true, 5n, '1.5', ' ', Symbol('x')]) {
  report(`exitCode = ${typeof v === 'symbol' ? 'symbol' : JSON.stringify(String(v))}`, () => { process.exitCode = v; });
}
for (const v of ['abc', 1.5, {}, true]) {
  report(`exit(${JSON.stringify(v)})`, () => process.exit(v));
}
report('exitCode = "3"', () => { process.exitCode = '3'; });
console.log('exitCode now', process.exitCode);
process.exitCode = 0;
