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

for (const v of ['x', -1, 1.5, 2 ** 32, 2 ** 40, null, {}, NaN]) {
  report(`AbortSignal.timeout(${JSON.stringify(v)})`, () => AbortSignal.timeout(v));
}
for (const v of [1, 'x', null, {}, [1], [new AbortController().signal, 2]]) {
  report(`AbortSignal.any(${JSON.stringify(v)})`, () => AbortSignal.any(v));
}
const ac = new AbortController();
ac.abort();
report('throwIfAborted', () => ac.signal.throwIfAborted());
console.log('reason name:', ac.signal.reason.name, 'code:', ac.signal.reason.code);
const ac2 = new AbortController();
ac2.abort(new RangeError('custom'));
report('throwIfAborted custom', () => ac2.signal.throwIfAborted());
