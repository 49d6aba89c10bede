// Subtests that are not awaited: queued ones are cancelled when the parent ends.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('parent', (t) => {
  t.test('first', () => {});
  t.test('second', () => {});
  t.test('third', () => {});
});
test('next top-level test', () => {});
