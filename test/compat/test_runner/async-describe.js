// describe() with an async function: tests registered after an await belong to the suite.
require('./fixtures/tap-filter');
const { describe, it, test } = require('node:test');
describe('async suite', async () => {
  it('before await', () => {});
  await null;
  it('after await', () => {});
  await new Promise((resolve) => setTimeout(resolve, 1));
  it('after timer', () => {});
});
test('top-level after async suite', () => {});
describe('suite that throws', () => {
  it('registered', () => {});
  throw new Error('suite body failed');
});
