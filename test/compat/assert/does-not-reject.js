'use strict';
// assert.doesNotReject messages
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
  await showAsync('rejects', () => assert.doesNotReject(Promise.reject(new Error('boom'))));
  await showAsync('message', () => assert.doesNotReject(Promise.reject(new Error('boom')), 'hi'));
  await showAsync('class match', () => assert.doesNotReject(async () => { throw new TypeError('t'); }, TypeError));
  await showAsync('class mismatch rethrows', () => assert.doesNotReject(async () => { throw new RangeError('r'); }, TypeError));
  await showAsync('resolves', () => assert.doesNotReject(Promise.resolve(3)));
  await showAsync('bad arg', () => assert.doesNotReject(3));
  await showAsync('fn non-promise', () => assert.doesNotReject(() => 3));
})();
