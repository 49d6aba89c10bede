// timeout option: a test slower than its timeout fails and counts as cancelled.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('times out', { timeout: 5 }, async () => {
  await new Promise((resolve) => setTimeout(resolve, 40));
});
test('in time', { timeout: 1000 }, async () => {
  await new Promise((resolve) => setTimeout(resolve, 1));
});
test('Infinity', { timeout: Infinity }, () => {});
test('callback times out', { timeout: 5 }, (t, done) => {
  setTimeout(done, 40);
});
