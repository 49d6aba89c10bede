// test(): passing and failing tests, the TAP report and the summary block.
require('./fixtures/tap-filter');
const test = require('node:test');
test('passes', () => {});
test('fails', () => {
  throw new Error('boom');
});
test('passes again', function () {
  return 1;
});
