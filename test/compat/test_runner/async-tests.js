// Async test functions: resolution passes, rejection fails, awaited timers.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('resolves', async () => {
  await new Promise((resolve) => setTimeout(resolve, 2));
});
test('rejects', async () => {
  await null;
  throw new TypeError('async failure');
});
test('returns a rejected promise', () => Promise.reject(new RangeError('rejected')));
test('returns a thenable', () => ({ then(resolve) { resolve(); } }));
test('slow then fast', async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
});
