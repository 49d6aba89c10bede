'use strict';
// custom message strings and Error objects as messages
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
show('strictEqual', () => assert.strictEqual(1, 2, 'custom'));
show('strictEqual objects', () => assert.strictEqual({}, [], 'custom'));
show('deepStrictEqual', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep custom'));
show('notStrictEqual', () => assert.notStrictEqual(1, 1, 'not custom'));
show('deepEqual', () => assert.deepEqual(1, 2, 'loose custom'));
show('equal', () => assert.equal(1, 2, 'eq custom'));
show('ok', () => assert.ok(false, 'ok custom'));
show('empty string message', () => assert.strictEqual(1, 2, ''));
show('number message', () => assert.equal(1, 2, 42));
for (const name of ['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual']) {
  const args = name.startsWith('not') ? [1, 1] : [1, 2];
  try {
    assert[name](...args, new RangeError(`from ${name}`));
  } catch (e) {
    console.log(name, e.name, e.message, e.code);
  }
}
