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

const path = require('path');
for (const v of [1, null, undefined, {}, [], true, Buffer.from('a'), () => {}]) {
  report(`join(${typeof v})`, () => path.join('a', v));
  report(`resolve(${typeof v})`, () => path.resolve(v));
  report(`basename(${typeof v})`, () => path.basename(v));
  report(`extname(${typeof v})`, () => path.extname(v));
}
report('basename(a, 1)', () => path.basename('a', 1));
report('relative(1, 2)', () => path.relative(1, 2));
report('format(1)', () => path.format(1));
report('format(null)', () => path.format(null));
report('parse(1)', () => path.parse(1));
report('isAbsolute(1)', () => path.isAbsolute(1));
report('toNamespacedPath(1)', () => path.toNamespacedPath(1));
report('matchesGlob(1, 2)', () => path.matchesGlob(1, 2));
