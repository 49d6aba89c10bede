'use strict';
// generatedMessage across every assertion function
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
const cases = {
  ok: () => assert.ok(false),
  okMsg: () => assert.ok(false, 'm'),
  equal: () => assert.equal(1, 2),
  notEqual: () => assert.notEqual(1, 1),
  deepEqual: () => assert.deepEqual([1], [2]),
  notDeepEqual: () => assert.notDeepEqual([1], [1]),
  strictEqual: () => assert.strictEqual(1, 2),
  notStrictEqual: () => assert.notStrictEqual(1, 1),
  deepStrictEqual: () => assert.deepStrictEqual([1], [2]),
  notDeepStrictEqual: () => assert.notDeepStrictEqual([1], [1]),
  throws: () => assert.throws(() => {}),
  throwsClass: () => assert.throws(() => { throw new Error('x'); }, TypeError),
  doesNotThrow: () => assert.doesNotThrow(() => { throw new Error('x'); }),
  match: () => assert.match('a', /b/),
  doesNotMatch: () => assert.doesNotMatch('a', /a/),
  ifError: () => assert.ifError(new Error('x')),
  fail: () => assert.fail(),
  failMsg: () => assert.fail('x'),
};
for (const [name, fn] of Object.entries(cases)) {
  try { fn(); } catch (e) {
    console.log(name.padEnd(20), String(e.generatedMessage).padEnd(6), String(e.operator).padEnd(20), e.actual === undefined ? 'undefined' : typeof e.actual, e.expected === undefined ? 'undefined' : typeof e.expected);
  }
}
