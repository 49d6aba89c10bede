'use strict';
// assert.throws validated by a function
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
show('returns true', () => assert.throws(thrower(new Error('boom')), (e) => e.message === 'boom'));
show('returns false', () => assert.throws(thrower(new Error('boom')), (e) => false));
show('named returns undefined', () => assert.throws(thrower(new Error('boom')), function validate(e) { return undefined; }));
show('returns 1', () => assert.throws(thrower(new Error('boom')), () => 1));
show('non-error thrown', () => assert.throws(thrower(5), function check() { return false; }));
show('validator throws', () => assert.throws(thrower(new Error('boom')), () => { throw new Error('inner'); }));
show('with message', () => assert.throws(thrower(new Error('boom')), () => false, 'custom'));
show('this is object', () => assert.throws(thrower(new Error('boom')), function () { return typeof this === 'object'; }));
