'use strict';
// diffs with undefined, null, functions, symbols and getters
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
show('undefined prop', () => assert.deepStrictEqual({ a: undefined }, { a: null }));
show('function prop', () => assert.deepStrictEqual({ f() {} }, { f() {} }));
show('symbol values', () => assert.deepStrictEqual({ s: Symbol('a') }, { s: Symbol('b') }));
show('getter', () => assert.deepStrictEqual({ get g() { return 1; } }, { g: 2 }));
show('bigint', () => assert.deepStrictEqual({ n: 1n }, { n: 2n }));
show('nested empty', () => assert.deepStrictEqual({ a: {}, b: [] }, { a: [], b: {} }));
show('circular', () => {
  const a = { name: 'a' }; a.self = a;
  const b = { name: 'b' }; b.self = b;
  assert.deepStrictEqual(a, b);
});
show('circular equal', () => {
  const a = { name: 'a' }; a.self = a;
  const b = { name: 'a' }; b.self = b;
  assert.deepStrictEqual(a, b);
});
show('NaN in object', () => assert.deepStrictEqual({ n: NaN }, { n: NaN }));
show('-0 in object', () => assert.deepStrictEqual({ n: -0 }, { n: 0 }));
