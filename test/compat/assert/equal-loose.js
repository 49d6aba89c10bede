'use strict';
// equal/notEqual with == semantics and NaN
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
show('1 == "1"', () => assert.equal(1, '1'));
show('1 == 2', () => assert.equal(1, 2));
show('null == undefined', () => assert.equal(null, undefined));
show('NaN == NaN', () => assert.equal(NaN, NaN));
show('NaN == 0', () => assert.equal(NaN, 0));
show('objects', () => assert.equal({ a: 1 }, { a: 1 }));
show('strings', () => assert.equal('abc', 'abd'));
show('long', () => assert.equal('a'.repeat(600), 'b'));
show('0 == ""', () => assert.equal(0, ''));
show('message', () => assert.equal(1, 2, 'my message'));
show('notEqual 1 "1"', () => assert.notEqual(1, '1'));
show('notEqual 1 2', () => assert.notEqual(1, 2));
show('notEqual NaN', () => assert.notEqual(NaN, NaN));
show('notEqual objects', () => assert.notEqual({}, {}));
show('notEqual message', () => assert.notEqual(1, 1, 'same'));
