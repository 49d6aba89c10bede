// node:test + node:assert: async tests, awaited subtests and callback tests all pass.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert');

const delay = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value));

test('async values', async () => {
  assert.strictEqual(await delay(1, 'x'), 'x');
});

test('subtests in order', async (t) => {
  const order = [];
  await t.test('first', async () => {
    await delay(2);
    order.push(1);
  });
  await t.test('second', () => {
    order.push(2);
  });
  assert.deepStrictEqual(order, [1, 2]);
});

test('callback style', (t, done) => {
  setTimeout(() => {
    try {
      assert.ok(t.name === 'callback style');
      done();
    } catch (err) {
      done(err);
    }
  }, 1);
});

test('rejects is awaited', async () => {
  await assert.rejects(Promise.reject(new Error('no')), { message: 'no' });
});
