'use strict';
// strictEqual on primitives: short one-line and stacked messages
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
show('1 vs 2', () => assert.strictEqual(1, 2));
show('1 vs 1', () => assert.strictEqual(1, 1));
show('NaN vs NaN', () => assert.strictEqual(NaN, NaN));
show('0 vs -0', () => assert.strictEqual(0, -0));
show('-0 vs 0', () => assert.strictEqual(-0, 0));
show('1 vs "1"', () => assert.strictEqual(1, '1'));
show('ab vs bb', () => assert.strictEqual('ab', 'bb'));
show('empty vs space', () => assert.strictEqual('', ' '));
show('undefined vs null', () => assert.strictEqual(undefined, null));
show('true vs false', () => assert.strictEqual(true, false));
show('bigint', () => assert.strictEqual(1n, 2n));
show('symbols', () => assert.strictEqual(Symbol('x'), Symbol('x')));
show('long numbers', () => assert.strictEqual(123456789, 1234567));
show('prefix numbers', () => assert.strictEqual(1234567, 123456789));
show('NaN vs 0', () => assert.strictEqual(NaN, 0));
show('Infinity', () => assert.strictEqual(Infinity, -Infinity));
