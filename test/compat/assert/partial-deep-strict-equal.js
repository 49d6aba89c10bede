'use strict';
// assert.partialDeepStrictEqual
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
show('subset', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
show('value differs', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }));
show('nested', () => assert.partialDeepStrictEqual({ a: 1, b: { c: 1, d: 2 } }, { b: { c: 2 } }));
show('nested ok', () => assert.partialDeepStrictEqual({ a: 1, b: { c: 1, d: 2 } }, { b: { c: 1 } }));
show('array subsequence', () => assert.partialDeepStrictEqual([1, 2, 3], [1, 3]));
show('array order', () => assert.partialDeepStrictEqual([1, 2, 3], [3, 1]));
show('array missing', () => assert.partialDeepStrictEqual([1, 2, 3], [4]));
show('set', () => assert.partialDeepStrictEqual(new Set([1, 2]), new Set([1])));
show('set missing', () => assert.partialDeepStrictEqual(new Set([1, 2]), new Set([3])));
show('map', () => assert.partialDeepStrictEqual(new Map([[1, 2], [3, 4]]), new Map([[1, 2]])));
show('map value', () => assert.partialDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show('primitives equal', () => assert.partialDeepStrictEqual(1, 1));
show('primitives differ', () => assert.partialDeepStrictEqual(1, 2));
show('superset', () => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show('strict types', () => assert.partialDeepStrictEqual({ a: 1 }, { a: '1' }));
show('dates', () => assert.partialDeepStrictEqual({ d: new Date(0), x: 1 }, { d: new Date(0) }));
show('missing args', () => assert.partialDeepStrictEqual(1));
show('message', () => assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }, 'partial nope'));
