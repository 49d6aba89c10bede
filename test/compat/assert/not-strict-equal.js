'use strict';
// notStrictEqual messages for primitives, objects and functions
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
show('a', () => assert.notStrictEqual('a', 'a'));
show('abcdef', () => assert.notStrictEqual('abcdef', 'abcdef'));
show('12345', () => assert.notStrictEqual(12345, 12345));
show('123456', () => assert.notStrictEqual(123456, 123456));
show('NaN', () => assert.notStrictEqual(NaN, NaN));
show('0 vs -0', () => assert.notStrictEqual(0, -0));
show('1 vs 2', () => assert.notStrictEqual(1, 2));
const o = { a: 1 };
show('object', () => assert.notStrictEqual(o, o));
const f = function foo() {};
show('function', () => assert.notStrictEqual(f, f));
const arr = [1, 2, 3];
show('array', () => assert.notStrictEqual(arr, arr));
show('undefined', () => assert.notStrictEqual(undefined, undefined));
show('null', () => assert.notStrictEqual(null, null));
show('message', () => assert.notStrictEqual(1, 1, 'custom'));
const big = {};
for (let i = 0; i < 60; i++) big['key' + i] = i;
show('big object', () => assert.notStrictEqual(big, big));
