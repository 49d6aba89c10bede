'use strict';
// deepStrictEqual diffs of arrays, comma handling
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
show('append', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show('remove', () => assert.deepStrictEqual([1, 2, 3], [1, 2]));
show('replace last', () => assert.deepStrictEqual([1, 2], [1, 4]));
show('replace first', () => assert.deepStrictEqual([1, 2, 3], ['1', 2, 3]));
show('nested', () => assert.deepStrictEqual([1, [2, [3]]], [1, [2, [4]]]));
show('objects', () => assert.deepStrictEqual([{ a: 1 }, { b: 2 }], [{ a: 1 }]));
show('empty', () => assert.deepStrictEqual([], [1]));
show('holes', () => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
show('reorder', () => assert.deepStrictEqual([1, 2, 3], [3, 2, 1]));
show('strings', () => assert.deepStrictEqual(['a', 'b'], ['a', 'c']));
show('array vs number', () => assert.deepStrictEqual([1], 2));
show('number vs array', () => assert.deepStrictEqual(2, [1]));
show('equal', () => assert.deepStrictEqual([1, [2]], [1, [2]]));
show('extra prop', () => { const a = [1]; a.x = 1; assert.deepStrictEqual(a, [1]); });
