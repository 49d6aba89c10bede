'use strict';
// assert/strict messages for the mapped functions
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
show('equal numbers', () => assert.equal(1, 2));
show('equal strings', () => assert.equal('hello world!', 'hello world?'));
show('deepEqual', () => assert.deepEqual({ a: [1, 2] }, { a: [1, 2, 3] }));
show('notEqual', () => assert.notEqual('same', 'same'));
show('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('equal NaN', () => assert.equal(NaN, NaN));
show('deepEqual loose fails', () => assert.deepEqual([1], ['1']));
