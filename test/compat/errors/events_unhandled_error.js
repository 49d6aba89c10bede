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
class Foo {}
const values = [new Error('boom'), new TypeError('typed'), 'str', 42, undefined, null, { a: 1 }, [1, 2], new Foo(), Symbol('s')];
for (const v of values) {
  const e = new EventEmitter();
  report(`emit error ${typeof v}`, () => e.emit('error', v));
}
const e = new EventEmitter();
const err = new Error('same');
try {
  e.emit('error', err);
} catch (caught) {
  console.log('same object rethrown:', caught === err);
}
try {
  e.emit('error', 'ctx');
} catch (caught) {
  console.log('context:', caught.context);
}
