'use strict';
// loose deepEqual with Maps and Sets
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
show('set numbers/strings', () => assert.deepEqual(new Set([1, 2]), new Set(['1', '2'])));
show('set objects', () => assert.deepEqual(new Set([{ a: 1 }]), new Set([{ a: '1' }])));
show('set size', () => assert.deepEqual(new Set([1]), new Set([1, 2])));
show('map values loose', () => assert.deepEqual(new Map([['a', 1]]), new Map([['a', '1']])));
show('map keys differ', () => assert.deepEqual(new Map([['a', 1]]), new Map([['b', 1]])));
show('map object keys', () => assert.deepEqual(new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]])));
show('map vs set', () => assert.deepEqual(new Map(), new Set()));
show('nested', () => assert.deepEqual({ s: new Set([[1]]) }, { s: new Set([[1]]) }));
