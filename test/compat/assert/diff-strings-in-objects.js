'use strict';
// diffs of objects holding multi-line and long strings
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
show('multiline value', () => assert.deepStrictEqual({ s: 'a\nb' }, { s: 'a\nc' }));
show('long value', () => assert.deepStrictEqual({ s: 'x'.repeat(100) }, { s: 'x'.repeat(99) + 'y' }));
show('array of strings', () => assert.deepStrictEqual(['alpha', 'beta', 'gamma'], ['alpha', 'delta', 'gamma']));
show('quotes', () => assert.deepStrictEqual({ q: "it's" }, { q: 'it is' }));
show('strings as values', () => assert.deepStrictEqual('a\nb\nc', 'a\nb\nd'));
show('string vs number', () => assert.deepStrictEqual('1', 1));
