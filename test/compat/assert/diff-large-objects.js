'use strict';
// diffs of big nested objects and many changes
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
const a = {};
const b = {};
for (let i = 0; i < 30; i++) {
  a['k' + String(i).padStart(2, '0')] = { v: i, tags: ['x', 'y'] };
  b['k' + String(i).padStart(2, '0')] = { v: i, tags: ['x', 'y'] };
}
b.k05.v = 'five';
b.k20.tags.push('z');
delete b.k25;
show('nested changes', () => assert.deepStrictEqual(a, b));
const c = { list: Array.from({ length: 25 }, (_, i) => ({ id: i })) };
const d = { list: Array.from({ length: 25 }, (_, i) => ({ id: i === 12 ? -1 : i })) };
show('list of objects', () => assert.deepStrictEqual(c, d));
const e = Array.from({ length: 12 }, (_, i) => i * 2);
const f = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? i * 2 + 1 : i * 2));
show('every third', () => assert.deepStrictEqual(e, f));
show('insert in middle', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 100, 7, 8, 9, 10, 11, 12]));
