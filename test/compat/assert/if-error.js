'use strict';
// assert.ifError
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
show('null', () => assert.ifError(null));
show('undefined', () => assert.ifError(undefined));
show('error', () => assert.ifError(new Error('bad')));
show('type error', () => assert.ifError(new TypeError('bad type')));
show('string', () => assert.ifError('str'));
show('zero', () => assert.ifError(0));
show('false', () => assert.ifError(false));
show('object', () => assert.ifError({ message: 'm' }));
show('empty message', () => assert.ifError(new RangeError('')));
show('object no message', () => assert.ifError({ a: 1 }));
try {
  assert.ifError(new Error('with stack'));
} catch (e) {
  console.log(e.actual instanceof Error, e.expected, e.stack.split('\n')[0]);
}
