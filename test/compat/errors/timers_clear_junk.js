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

const junk = ['x', 1, null, undefined, {}, [], true, NaN, -1, 1.5];
for (const v of junk) report(`clearTimeout(${String(v)})`, () => clearTimeout(v));
for (const v of junk) report(`clearInterval(${String(v)})`, () => clearInterval(v));
for (const v of junk) report(`clearImmediate(${String(v)})`, () => clearImmediate(v));
const t = setTimeout(() => console.log('never'), 10);
report('clearTimeout(real)', () => clearTimeout(t));
report('clearTimeout(real again)', () => clearTimeout(t));
