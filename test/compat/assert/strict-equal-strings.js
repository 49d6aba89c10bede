'use strict';
// strictEqual on strings: caret position, long strings, newlines
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
show('caret', () => assert.strictEqual('aaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaab'));
show('early diff', () => assert.strictEqual('xbcdefghijklmnop', 'ybcdefghijklmnop'));
show('diff at 3', () => assert.strictEqual('abcdefghijklmnop', 'abxdefghijklmnop'));
show('prefix', () => assert.strictEqual('abc', 'abcdefghijklmn'));
show('actual longer', () => assert.strictEqual('abcdefghijklmn', 'abc'));
show('too long for caret', () => assert.strictEqual('a'.repeat(40), 'a'.repeat(39) + 'b'));
show('exactly 80', () => assert.strictEqual('a'.repeat(38), 'a'.repeat(37) + 'b'));
show('newlines', () => assert.strictEqual('a\nb\nc', 'a\nx\nc'));
show('multiline long', () => assert.strictEqual('line1\nline2 long text here', 'line1\nline2 long text hare'));
show('quotes', () => assert.strictEqual("it's", 'it is'));
show('unicode', () => assert.strictEqual('héllo wörld!', 'hello world!'));
show('tabs', () => assert.strictEqual('a\tb', 'a\tc'));
show('very long', () => assert.strictEqual('x'.repeat(300), 'y'.repeat(300)));
