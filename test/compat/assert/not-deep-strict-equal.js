'use strict';
// notDeepStrictEqual messages
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
show('numbers', () => assert.notDeepStrictEqual(1, 1));
show('objects', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show('arrays', () => assert.notDeepStrictEqual([1, 2], [1, 2]));
show('strings', () => assert.notDeepStrictEqual('hello', 'hello'));
show('different', () => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
show('loose only', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
show('maps', () => assert.notDeepStrictEqual(new Map([[1, 1]]), new Map([[1, 1]])));
const big = {};
for (let i = 0; i < 60; i++) big['k' + i] = i;
show('big', () => assert.notDeepStrictEqual(big, { ...big }));
show('message', () => assert.notDeepStrictEqual([1], [1], 'no way'));
show('abcde', () => assert.notDeepStrictEqual('abc', 'abc'));
