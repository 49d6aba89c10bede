'use strict';
// deepEqual/deepStrictEqual agreement table over many pairs
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
const pairs = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [null, undefined], [[], []], [{}, {}], [[1], ['1']],
  [{ a: 1 }, { a: 1, b: undefined }], [new Date(0), new Date(0)], [/a/, /a/], [/a/g, /a/],
  [new Set([1, 2]), new Set([2, 1])], [new Map([[1, 2]]), new Map([[1, 2]])],
  [new Set([1]), new Set(['1'])], [[1, 2], { 0: 1, 1: 2, length: 2 }], [new Number(1), new Number(1)],
  [new String('a'), new String('b')], [Buffer.from('a'), Buffer.from('a')], [new Uint8Array(2), new Uint8Array(3)],
  [Symbol.for('x'), Symbol.for('x')], [() => {}, () => {}], [new Error('a'), new Error('a')],
  [[, 1], [undefined, 1]], [true, 1], [false, 0], ['', 0], [[0], [false]],
];
function check(fn, a, b) {
  try { fn(a, b); return 'eq'; } catch (e) { return e.code === 'ERR_ASSERTION' ? 'ne' : e.code; }
}
pairs.forEach(([a, b], i) => {
  console.log(i, check(assert.deepEqual, a, b), check(assert.deepStrictEqual, a, b),
    check(assert.notDeepEqual, a, b), check(assert.notDeepStrictEqual, a, b));
});
