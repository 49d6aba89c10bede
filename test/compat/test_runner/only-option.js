// only without --test-only: every test runs and a diagnostic is printed.
require('./fixtures/tap-filter');
const { test, describe, it } = require('node:test');
test('only option', { only: true }, () => {});
test.only('test.only', () => {});
test('normal', () => {});
describe.only('describe.only', () => {
  it('inner', () => {});
});
