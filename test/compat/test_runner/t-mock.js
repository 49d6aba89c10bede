// t.mock: a per-test MockTracker whose mocks are restored when the test ends.
require('./fixtures/tap-filter');
const { test } = require('node:test');
const obj = { greet: () => 'hello' };
test('mock inside test', (t) => {
  t.mock.method(obj, 'greet', () => 'mocked');
  const fn = t.mock.fn();
  fn();
  console.log('inside', obj.greet(), fn.mock.callCount(), t.mock === t.mock);
});
test('after', () => {
  console.log('restored', obj.greet());
});
