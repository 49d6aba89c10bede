'use strict';
// notDeepEqual messages (identical vs merely loose-equal values)
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
show('identical', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('loosely equal', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show('numbers', () => assert.notDeepEqual(1, '1'));
show('same', () => assert.notDeepEqual(1, 1));
show('different', () => assert.notDeepEqual(1, 2));
show('arrays', () => assert.notDeepEqual([1], [1]));
const big = {};
for (let i = 0; i < 200; i++) big['key' + i] = 'value' + i;
show('long identical', () => assert.notDeepEqual(big, { ...big }));
show('message', () => assert.notDeepEqual([], [], 'msg'));
