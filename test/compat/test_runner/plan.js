// t.plan(): subtests count towards the plan; a mismatch fails the test.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('plan met by subtests', async (t) => {
  t.plan(2);
  await t.test('a', () => {});
  await t.test('b', () => {});
});
test('plan not met', async (t) => {
  t.plan(3);
  await t.test('only one', () => {});
});
test('plan option', { plan: 1 }, async (t) => {
  await t.test('one', () => {});
});
test('bad plan', (t) => {
  try {
    t.plan('x');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
