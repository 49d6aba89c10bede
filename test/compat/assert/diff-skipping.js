'use strict';
// long diffs: unchanged runs collapsed with ... and Skipped lines
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
const base = [];
for (let i = 0; i < 40; i++) base.push(i);
function changed(...pairs) {
  const c = base.slice();
  for (let i = 0; i < pairs.length; i += 2) c[pairs[i]] = pairs[i + 1];
  return c;
}
show('middle', () => assert.deepStrictEqual(base, changed(20, 99)));
show('start', () => assert.deepStrictEqual(base, changed(2, 99)));
show('end', () => assert.deepStrictEqual(base, changed(39, 99)));
show('two far', () => assert.deepStrictEqual(base, changed(2, 99, 30, 98)));
show('gap 6', () => assert.deepStrictEqual(base, changed(2, 99, 9, 98)));
show('gap 7', () => assert.deepStrictEqual(base, changed(2, 99, 10, 98)));
show('gap 8', () => assert.deepStrictEqual(base, changed(2, 99, 11, 98)));
show('gap 9', () => assert.deepStrictEqual(base, changed(2, 99, 12, 98)));
show('first', () => assert.deepStrictEqual(base, changed(0, 99)));
show('leading 5', () => assert.deepStrictEqual(base, changed(4, 99)));
show('leading 6', () => assert.deepStrictEqual(base, changed(5, 99)));
show('leading 7', () => assert.deepStrictEqual(base, changed(6, 99)));
show('leading 8', () => assert.deepStrictEqual(base, changed(7, 99)));
