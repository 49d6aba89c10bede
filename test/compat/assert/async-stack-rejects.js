'use strict';
// rejects with validation functions and async errors
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
  await showAsync('validator true', () => assert.rejects(Promise.reject(new Error('x')), (e) => e.message === 'x'));
  await showAsync('validator false', () => assert.rejects(Promise.reject(new Error('x')), (e) => false));
  await showAsync('non-error rejection', () => assert.rejects(Promise.reject(5), /5/));
  await showAsync('non-error with class', () => assert.rejects(Promise.reject(5), TypeError));
  await showAsync('class message', () => assert.rejects(Promise.resolve(), TypeError, 'wanted'));
  await showAsync('object mismatch', () => assert.rejects(Promise.reject(new RangeError('r')), { name: 'TypeError' }));
})();
