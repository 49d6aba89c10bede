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
for (const v of ['x', -1, NaN, null, {}, 1.5, true]) {
  report(`setMaxListeners(${JSON.stringify(v)})`, () => new EventEmitter().setMaxListeners(v));
  report(`events.setMaxListeners(${JSON.stringify(v)})`, () => EventEmitter.setMaxListeners(v));
  report(`defaultMaxListeners = ${JSON.stringify(v)}`, () => { EventEmitter.defaultMaxListeners = v; });
}
report('setMaxListeners(Infinity)', () => new EventEmitter().setMaxListeners(Infinity).getMaxListeners());
report('setMaxListeners(0)', () => new EventEmitter().setMaxListeners(0).getMaxListeners());
console.log('default:', EventEmitter.defaultMaxListeners);
