'use strict';
// deepStrictEqual diffs of plain objects
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
show('one key', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
show('missing key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: undefined }));
show('extra key', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
show('nested', () => assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }));
show('equal', () => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
show('sorted keys', () => assert.deepStrictEqual({ z: 1, a: 2 }, { a: 2, z: 2 }));
show('string values', () => assert.deepStrictEqual({ name: 'alice' }, { name: 'bob' }));
show('type mismatch', () => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
show('null proto', () => assert.deepStrictEqual(Object.create(null), {}));
class A { constructor() { this.x = 1; } }
show('class vs plain', () => assert.deepStrictEqual(new A(), { x: 1 }));
show('empty vs array', () => assert.deepStrictEqual({}, []));
show('symbol keys', () => assert.deepStrictEqual({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }));
show('custom message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
