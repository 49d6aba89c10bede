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

for (const v of [1, 'x', {}, [], true, undefined]) {
  report(`setUncaughtExceptionCaptureCallback(${typeof v})`, () => process.setUncaughtExceptionCaptureCallback(v));
}
report('set fn', () => process.setUncaughtExceptionCaptureCallback(() => {}));
console.log('has callback:', process.hasUncaughtExceptionCaptureCallback());
report('set fn again', () => process.setUncaughtExceptionCaptureCallback(() => {}));
report('clear', () => process.setUncaughtExceptionCaptureCallback(null));
console.log('has callback:', process.hasUncaughtExceptionCaptureCallback());
