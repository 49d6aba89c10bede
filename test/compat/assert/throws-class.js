'use strict';
// assert.throws validated by a class
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('keys:', Object.keys(e).join(','));
    console.log('--');
  }
}
const thrower = (e) => () => { throw e; };
show('Error', () => assert.throws(thrower(new Error('boom')), Error));
show('TypeError mismatch', () => assert.throws(thrower(new Error('boom')), TypeError));
show('RangeError vs TypeError', () => assert.throws(thrower(new TypeError('boom')), RangeError));
show('subclass', () => assert.throws(thrower(new TypeError('boom')), Error));
class MyError extends Error {}
show('custom class', () => assert.throws(thrower(new MyError('x')), MyError));
show('custom class mismatch', () => assert.throws(thrower(new Error('x')), MyError));
show('no message', () => assert.throws(thrower(new TypeError('')), RangeError));
show('same name other proto', () => {
  class TypeError2 extends Error {}
  Object.defineProperty(TypeError2, 'name', { value: 'Error' });
  assert.throws(thrower(new Error('x')), TypeError2);
});
show('non-error thrown', () => assert.throws(thrower({ a: 1 }), TypeError));
show('with message', () => assert.throws(thrower(new Error('boom')), TypeError, 'expected type'));
show('plain class', () => { class X {} assert.throws(thrower(new X()), X); });
