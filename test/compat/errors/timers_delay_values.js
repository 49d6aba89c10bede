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

// Delays are coerced, never rejected: every timer below must fire, in delay order.
const order = [];
const delays = ['abc', '5', null, undefined, -10, NaN, {}, [], true, 1.7];
delays.forEach((d, i) => {
  report(`setTimeout(fn, ${JSON.stringify(d)})`, () => setTimeout(() => order.push(i), d));
});
setTimeout(() => console.log('fired:', order.length), 50);
