'use strict';
// assert.throws validated by a RegExp
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
show('match', () => assert.throws(thrower(new Error('boom')), /boom/));
show('match name', () => assert.throws(thrower(new TypeError('boom')), /^TypeError: boom$/));
show('mismatch', () => assert.throws(thrower(new Error('boom')), /zap/));
show('string thrown', () => assert.throws(thrower('str'), /str/));
show('string mismatch', () => assert.throws(thrower('str'), /x/));
show('number thrown', () => assert.throws(thrower(42), /42/));
show('with message', () => assert.throws(thrower(new Error('boom')), /zap/, 'custom'));
show('multiline', () => assert.throws(thrower(new Error('a\nb')), /c/));
