'use strict';
// require("assert/strict") and assert.strict mappings
const assert = require('assert/strict');
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
const strictAssert = require('assert/strict');
const base = require('assert');
console.log(strictAssert === base.strict, strictAssert.strict === strictAssert);
console.log(strictAssert.equal === base.strictEqual, strictAssert.deepEqual === base.deepStrictEqual);
console.log(strictAssert.notEqual === base.notStrictEqual, strictAssert.notDeepEqual === base.notDeepStrictEqual);
console.log(strictAssert.throws === base.throws, strictAssert.AssertionError === base.AssertionError);
console.log(Object.keys(base));
console.log(Object.keys(strictAssert));
console.log(typeof strictAssert, strictAssert.name, base.name, base.ok === base);
show('equal', () => strictAssert.equal(1, '1'));
show('deepEqual', () => strictAssert.deepEqual({ a: 1 }, { a: '1' }));
show('notEqual', () => strictAssert.notEqual(1, 1));
show('notDeepEqual', () => strictAssert.notDeepEqual([1], [1]));
show('call', () => strictAssert(0));
show('ok', () => strictAssert.ok(''));
console.log(require('node:assert/strict') === strictAssert, require('node:assert') === base);
