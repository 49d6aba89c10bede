'use strict';
// deepEqual (legacy loose mode) results and messages
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
show('1 vs "1"', () => assert.deepEqual(1, '1'));
show('objects loose', () => assert.deepEqual({ a: 1 }, { a: '1' }));
show('objects differ', () => assert.deepEqual({ a: 1 }, { a: 2 }));
show('null vs undefined', () => assert.deepEqual(null, undefined));
show('NaN', () => assert.deepEqual(NaN, NaN));
show('arrays', () => assert.deepEqual([1, 2], ['1', '2']));
show('arrays differ', () => assert.deepEqual([1, 2], [1, 2, 3]));
show('prototype ignored', () => assert.deepEqual(Object.create(null), {}));
class A { constructor() { this.x = 1; } }
show('class vs plain', () => assert.deepEqual(new A(), { x: 1 }));
show('dates', () => assert.deepEqual(new Date(0), new Date(0)));
show('dates differ', () => assert.deepEqual(new Date(0), new Date(1)));
show('set loose', () => assert.deepEqual(new Set([1]), new Set(['1'])));
show('map loose', () => assert.deepEqual(new Map([[1, 'a']]), new Map([[1, 'a']])));
show('long', () => assert.deepEqual('a'.repeat(600), 'b'));
show('object vs primitive', () => assert.deepEqual({}, 1));
show('array vs object', () => assert.deepEqual([], {}));
show('symbols ignored', () => assert.deepEqual({ [Symbol('s')]: 1 }, {}));
show('errors', () => assert.deepEqual(new Error('x'), new Error('y')));
show('regexps', () => assert.deepEqual(/a/g, /a/g));
show('message', () => assert.deepEqual(1, 2, 'nope'));
