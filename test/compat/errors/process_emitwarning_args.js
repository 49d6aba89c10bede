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

process.on('warning', (w) => console.log('warning event:', w.name, w.code, JSON.stringify(w.message)));
for (const v of [1, null, undefined, {}, [], true, 5n]) {
  report(`emitWarning(${typeof v})`, () => process.emitWarning(v));
}
report('emitWarning(msg, 1)', () => process.emitWarning('m', 1));
report('emitWarning(msg, {type: 1})', () => process.emitWarning('m', { type: 1 }));
report('emitWarning(msg, type, 1)', () => process.emitWarning('m', 'T', 1));
report('emitWarning(msg, {code: {}})', () => process.emitWarning('m', { code: {} }));
report('emitWarning(msg, {detail: 1})', () => process.emitWarning('m', { detail: 1 }));
report('emitWarning(msg, type, code, 1)', () => process.emitWarning('m', 'T', 'C', 1));
report('emitWarning(ok)', () => process.emitWarning('fine', 'CustomWarning', 'CODE1'));
