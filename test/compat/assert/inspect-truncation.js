'use strict';
// long values in messages: 512-character cut and 50-line limit
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
const long = 'x'.repeat(1000);
show('equal long', () => assert.equal(long, 'y'));
show('notEqual long', () => assert.notEqual(long, long));
show('deepEqual long object', () => assert.deepEqual({ s: long }, { s: 'y' }));
const lines = Array.from({ length: 80 }, (_, i) => i);
show('notDeepStrictEqual long array', () => assert.notDeepStrictEqual(lines, [...lines]));
show('notStrictEqual long array', () => assert.notStrictEqual(lines, lines));
show('identical structure long', () => assert.strictEqual(lines, [...lines]));
show('identical structure short', () => assert.strictEqual({ x: [1, 2] }, { x: [1, 2] }));
const many = Array.from({ length: 49 }, (_, i) => i);
show('49 elements', () => assert.notDeepStrictEqual(many, [...many]));
const many2 = Array.from({ length: 48 }, (_, i) => i);
show('48 elements', () => assert.notDeepStrictEqual(many2, [...many2]));
