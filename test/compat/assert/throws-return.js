'use strict';
// return values of assertion functions
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
console.log(assert.ok(1), assert.equal(1, 1), assert.strictEqual(1, 1), assert.deepEqual([], []));
console.log(assert.throws(() => { throw new Error('x'); }), assert.doesNotThrow(() => 5));
console.log(assert.match('a', /a/), assert.ifError(null));
const p = assert.rejects(Promise.reject(new Error('x')));
console.log(p instanceof Promise);
p.then((v) => console.log('rejects resolved with', v));
const q = assert.doesNotReject(Promise.resolve(1));
q.then((v) => console.log('doesNotReject resolved with', v));
