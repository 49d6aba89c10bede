// Failing hooks: before cancels the suite's tests, beforeEach/afterEach fail the test,
// after fails the suite.
require('./fixtures/tap-filter');
const { describe, it, before, after, beforeEach, afterEach } = require('node:test');
describe('before fails', () => {
  before(() => {
    throw new Error('before failed');
  });
  it('x1', () => console.log('x1 must not run'));
  it('x2', () => {});
});
describe('beforeEach fails', () => {
  beforeEach(() => {
    throw new Error('beforeEach failed');
  });
  it('y1', () => console.log('y1 must not run'));
});
describe('after fails', () => {
  after(() => {
    throw new Error('after failed');
  });
  it('z1', () => {});
});
describe('afterEach fails', () => {
  afterEach(async () => {
    throw new Error('afterEach failed');
  });
  it('w1', () => {});
});
