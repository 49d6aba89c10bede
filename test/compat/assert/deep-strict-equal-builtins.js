'use strict';
// deepStrictEqual with Dates, RegExps, Errors, boxed primitives, typed arrays
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
show('dates', () => assert.deepStrictEqual(new Date(0), new Date(1)));
show('same dates', () => assert.deepStrictEqual(new Date(5), new Date(5)));
show('regexp flags', () => assert.deepStrictEqual(/a/g, /a/i));
show('regexp source', () => assert.deepStrictEqual(/a/, /b/));
show('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
show('error types', () => assert.deepStrictEqual(new Error('a'), new TypeError('a')));
show('same errors', () => assert.deepStrictEqual(new Error('a'), new Error('a')));
show('boxed', () => assert.deepStrictEqual(new Number(1), new Number(2)));
show('boxed vs prim', () => assert.deepStrictEqual(new String('a'), 'a'));
show('uint8', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
show('typed kinds', () => assert.deepStrictEqual(new Uint8Array([1]), new Int8Array([1])));
show('float -0', () => assert.deepStrictEqual(new Float64Array([0]), new Float64Array([-0])));
show('NaN', () => assert.deepStrictEqual(NaN, NaN));
show('NaN vs 0', () => assert.deepStrictEqual(NaN, 0));
show('undefined vs null', () => assert.deepStrictEqual(undefined, null));
show('1 vs 2', () => assert.deepStrictEqual(1, 2));
show('long strings', () => assert.deepStrictEqual('a'.repeat(100), 'a'.repeat(99) + 'b'));
