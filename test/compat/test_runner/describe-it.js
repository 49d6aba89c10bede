// describe()/it() and suite(): nesting, suite results, suite counts in the summary.
require('./fixtures/tap-filter');
const { describe, it, suite, test } = require('node:test');
describe('math', () => {
  it('adds', () => {});
  it('fails', () => {
    throw new Error('bad math');
  });
  describe('nested', () => {
    it('deep', () => {});
    test('test inside describe', () => {});
  });
});
suite('suite alias', () => {
  it('one', () => {});
});
describe('empty suite', () => {});
describe('all pass', () => {
  it('a', () => {});
  it('b', async () => {});
});
