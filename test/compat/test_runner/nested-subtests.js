// t.test(): awaited subtests, deep nesting, failing subtests fail the parent.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('parent', async (t) => {
  await t.test('child 1', () => {});
  await t.test('child 2', async (t2) => {
    await t2.test('grandchild', () => {});
  });
});
test('failing child', async (t) => {
  await t.test('ok child', () => {});
  await t.test('bad child', () => {
    throw new Error('child failed');
  });
  await t.test('another bad', () => {
    throw new Error('again');
  });
});
test('subtest result value', async (t) => {
  const result = await t.test('x', () => {});
  console.log('t.test resolved to', result);
});
