'use strict';
// deepStrictEqual diffs of Maps and Sets
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
show('map value', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show('map key', () => assert.deepStrictEqual(new Map([['a', 1]]), new Map([['b', 1]])));
show('map size', () => assert.deepStrictEqual(new Map([[1, 2], [3, 4]]), new Map([[1, 2]])));
show('set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show('set objects', () => assert.deepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }])));
show('set equal objects', () => assert.deepStrictEqual(new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }])));
show('map nested', () => assert.deepStrictEqual(new Map([['k', { x: [1, 2] }]]), new Map([['k', { x: [1, 3] }]])));
show('map vs object', () => assert.deepStrictEqual(new Map(), {}));
show('set vs array', () => assert.deepStrictEqual(new Set([1]), [1]));
show('empty maps', () => assert.deepStrictEqual(new Map(), new Map()));
show('map object keys', () => assert.deepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])));
