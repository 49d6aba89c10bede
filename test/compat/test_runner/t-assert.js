// t.assert: node:assert's functions, counted by t.plan().
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('t.assert passes', (t) => {
  t.plan(3);
  t.assert.ok(true);
  t.assert.strictEqual(1, 1);
  t.assert.deepStrictEqual({ a: [1] }, { a: [1] });
});
test('t.assert fails', (t) => {
  t.assert.strictEqual(1, 2);
});
test('plan counts assertions', (t) => {
  t.plan(2);
  t.assert.ok(1);
});
test('methods', (t) => {
  console.log(typeof t.assert.equal, typeof t.assert.throws, typeof t.assert.rejects, typeof t.assert.match);
});
