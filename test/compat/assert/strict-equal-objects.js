'use strict';
// strictEqual on objects and functions: reference equality messages
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
show('same shape', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('arrays', () => assert.strictEqual([1], [1]));
show('different', () => assert.strictEqual({ a: 1 }, { a: 2 }));
show('functions', () => assert.strictEqual(function foo() {}, function bar() {}));
show('anon function', () => assert.strictEqual(function foo() {}, () => {}));
show('object vs number', () => assert.strictEqual({ a: 1 }, 1));
show('null vs object', () => assert.strictEqual(null, {}));
show('empty objects', () => assert.strictEqual({}, {}));
show('object vs array', () => assert.strictEqual({}, []));
const o = { x: 1 };
show('same ref', () => assert.strictEqual(o, o));
show('custom message', () => assert.strictEqual({ a: 1 }, { a: 1 }, 'm'));
show('nested', () => assert.strictEqual({ a: { b: [1, 2] } }, { a: { b: [1, 3] } }));
