'use strict';
// assert.doesNotThrow messages and rethrows
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
show('throws', () => assert.doesNotThrow(thrower(new Error('boom'))));
show('message', () => assert.doesNotThrow(thrower(new Error('boom')), 'hello'));
show('other class rethrows', () => assert.doesNotThrow(thrower(new Error('boom')), TypeError));
show('matching class', () => assert.doesNotThrow(thrower(new TypeError('boom')), TypeError));
show('matching class message', () => assert.doesNotThrow(thrower(new TypeError('boom')), TypeError, 'mm'));
show('regexp match', () => assert.doesNotThrow(thrower(new TypeError('boom')), /boom/));
show('regexp no match rethrows', () => assert.doesNotThrow(thrower(new TypeError('boom')), /zzz/));
show('string thrown', () => assert.doesNotThrow(thrower('str')));
show('fine', () => assert.doesNotThrow(() => {}));
show('validator true', () => assert.doesNotThrow(thrower(new Error('boom')), () => true));
show('validator false rethrows', () => assert.doesNotThrow(thrower(new Error('boom')), () => false));
