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

const EventEmitter = require('events');
const e = new EventEmitter();
for (const v of [1, 'x', null, undefined, {}, [], Symbol('l')]) {
  report(`on(${typeof v})`, () => e.on('x', v));
  report(`once(${typeof v})`, () => e.once('x', v));
  report(`prependListener(${typeof v})`, () => e.prependListener('x', v));
  report(`prependOnceListener(${typeof v})`, () => e.prependOnceListener('x', v));
  report(`removeListener(${typeof v})`, () => e.removeListener('x', v));
}
