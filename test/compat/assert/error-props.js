'use strict';
// actual/expected/operator on thrown AssertionErrors
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
function props(fn) {
  try { fn(); } catch (e) {
    const show = (v) => (typeof v === 'function' ? `[Function ${v.name}]` : v instanceof Error ? `[${v.name}: ${v.message}]` : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));
    console.log(e.operator, show(e.actual), show(e.expected), e.code, e.name, e instanceof assert.AssertionError);
  }
}
props(() => assert.strictEqual(1, 2));
props(() => assert.deepStrictEqual([1], [2]));
props(() => assert.equal('a', 'b'));
props(() => assert.ok(0));
props(() => assert.match('a', /b/));
props(() => assert.throws(() => {}, TypeError));
props(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
props(() => assert.doesNotThrow(() => { throw new Error('x'); }));
props(() => assert.ifError('e'));
props(() => assert.fail());
const err1 = new Error('one');
const err2 = new Error('two');
try { assert.deepStrictEqual(err1, err2); } catch (e) { console.log(e.message); console.log(e.actual.message, e.expected.message); }
