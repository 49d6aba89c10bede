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

// Prototype chain and property layout of Node's ERR_* errors, reached through public APIs.
const shapes = [
  ['type', () => setTimeout('x')],
  ['range', () => process.umask(-1)],
  ['plain', () => new (require('events'))().emit('error')],
  ['signal', () => process.kill(process.pid, 'SIGNOPE')],
];
for (const [label, fn] of shapes) {
  try {
    fn();
  } catch (e) {
    const base = e instanceof RangeError ? RangeError : e instanceof TypeError ? TypeError : Error;
    console.log(label);
    console.log('  constructor is base:', e.constructor === base, e.constructor.name);
    console.log('  proto is base proto:', Object.getPrototypeOf(e) === base.prototype);
    console.log('  proto of proto is base proto:', Object.getPrototypeOf(Object.getPrototypeOf(e)) === base.prototype);
    console.log('  own name:', Object.prototype.hasOwnProperty.call(e, 'name'));
    console.log('  own message:', Object.prototype.hasOwnProperty.call(e, 'message'));
    const d = Object.getOwnPropertyDescriptor(e, 'code');
    console.log('  code desc:', d && JSON.stringify({ e: d.enumerable, w: d.writable, c: d.configurable }));
    const m = Object.getOwnPropertyDescriptor(e, 'message');
    console.log('  message desc:', m && JSON.stringify({ e: m.enumerable, w: m.writable, c: m.configurable }));
    console.log('  toString own:', Object.prototype.hasOwnProperty.call(e, 'toString'));
    e.message = 'changed';
    console.log('  after message change:', String(e));
    e.name = 'Renamed';
    console.log('  after name change:', String(e));
  }
}
