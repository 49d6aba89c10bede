'use strict';
// assert.rejects with promises and async functions
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
async function showAsync(label, fn) {
  try {
    await fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('keys:', Object.keys(e).join(','));
    console.log('--');
  }
}
(async () => {
  await showAsync('class', () => assert.rejects(Promise.reject(new TypeError('boom')), TypeError));
  await showAsync('class mismatch', () => assert.rejects(Promise.reject(new Error('boom')), TypeError));
  await showAsync('regexp', () => assert.rejects(async () => { throw new Error('boom'); }, /boom/));
  await showAsync('object', () => assert.rejects(async () => { throw new Error('boom'); }, { message: 'bam' }));
  await showAsync('resolves', () => assert.rejects(Promise.resolve(1)));
  await showAsync('resolves class', () => assert.rejects(Promise.resolve(1), Error));
  await showAsync('resolves message', () => assert.rejects(async () => {}, 'expected rejection'));
  await showAsync('not a promise', () => assert.rejects(5));
  await showAsync('fn returns non-promise', () => assert.rejects(() => 5));
  await showAsync('thenable', () => assert.rejects({ then(r, j) { j(new Error('t')); }, catch() {} }, /t/));
  await showAsync('sync throw in fn', () => assert.rejects(() => { throw new Error('sync'); }));
  await showAsync('ambiguous', () => assert.rejects(Promise.reject(new Error('same')), 'same'));
  const p = assert.rejects(Promise.resolve());
  console.log('returns promise', p instanceof Promise);
  await p.catch(() => {});
})();
