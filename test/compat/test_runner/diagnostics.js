// t.diagnostic(): comments after the test's result, at its nesting level.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('with diagnostics', async (t) => {
  t.diagnostic('first note');
  t.diagnostic('has # hash\nand newline');
  t.diagnostic(42);
  await t.test('nested', (t2) => t2.diagnostic('nested note'));
});
test('failing with diagnostic', (t) => {
  t.diagnostic('before failing');
  throw new Error('failed');
});
