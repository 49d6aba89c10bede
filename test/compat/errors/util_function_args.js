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
for (const v of [1, 'x', null, undefined, {}]) {
  report(`promisify(${typeof v})`, () => util.promisify(v));
  report(`callbackify(${typeof v})`, () => util.callbackify(v));
  report(`deprecate(${typeof v})`, () => util.deprecate(v, 'msg'));
}
report('inherits(1, 2)', () => util.inherits(1, 2));
report('inherits(fn, null)', () => util.inherits(function A() {}, null));
report('inherits(fn, {})', () => util.inherits(function A() {}, {}));
report('inherits(fn, fn without prototype)', () => util.inherits(function A() {}, () => {}));
report('deprecate(fn, msg, 1)', () => util.deprecate(() => {}, 'm', 1));
report('toUSVString(1)', () => util.toUSVString(1));
report('stripVTControlCharacters(1)', () => util.stripVTControlCharacters(1));
report('styleText(1, x)', () => util.styleText(1, 'x'));
report('styleText(nope, x)', () => util.styleText('nope', 'x'));
report('styleText(red, 1)', () => util.styleText('red', 1));
util.aborted(1, {}).catch((e) => console.log('aborted(1) rejected:', e.name, e.code, JSON.stringify(e.message)));
util.aborted(new AbortController().signal, 1).catch((e) => console.log('aborted(signal, 1) rejected:', e.name, e.code, JSON.stringify(e.message)));
