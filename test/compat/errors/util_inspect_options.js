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
report('inspect options 1', () => util.inspect({}, 1));
report('inspect colors', () => util.inspect({}, { colors: 1 }));
report('inspect depth x', () => util.inspect({ a: { b: { c: {} } } }, { depth: 'x' }));
report('inspect bad option key', () => util.inspect({}, { nonsense: true }));
report('inspect numericSeparator', () => util.inspect(123456789, { numericSeparator: true }));
report('inspect.defaultOptions = 1', () => { util.inspect.defaultOptions = 1; });
report('inspect.defaultOptions = null', () => { util.inspect.defaultOptions = null; });
report('inspect.defaultOptions = {depth: 3}', () => { util.inspect.defaultOptions = { depth: 3 }; });
console.log('depth now', util.inspect.defaultOptions.depth);
util.inspect.defaultOptions = { depth: 2 };
report('format(1)', () => util.format(1));
report('formatWithOptions(1)', () => util.formatWithOptions(1, 'x'));
report('formatWithOptions(null)', () => util.formatWithOptions(null, 'x'));
report('isDeepStrictEqual()', () => util.isDeepStrictEqual());
