// YAML rendering of expected/actual/operator and multi-line messages in the TAP report.
require('./fixtures/tap-filter');
const { test } = require('node:test');
const values = [
  "it's", true, null, { a: { b: [1, { c: 2 }] }, d: 'x' }, [], {}, 'multi\nline', 1.5, -0,
  NaN, 10n, [[1, 2], [3]], { 'k y': 1 }, 'plain',
];
values.forEach((value, i) => {
  test(`value ${i}`, () => {
    const err = new Error(i % 2 ? "it's a message" : 'line one\nline two');
    err.expected = value;
    err.actual = value;
    err.operator = 'strictEqual';
    throw err;
  });
});
test('undefined expected is left out', () => {
  const err = new Error('x');
  err.expected = undefined;
  err.actual = 0;
  throw err;
});
