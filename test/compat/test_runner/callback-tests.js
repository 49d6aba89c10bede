// Callback-style tests (t, done): done(), done(err), done twice, callback + promise.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('done later', (t, done) => {
  setTimeout(done, 1);
});
test('done with error', (t, done) => {
  setTimeout(() => done(new Error('callback failed')), 1);
});
test('done with null', (t, done) => done(null));
test('done twice', (t, done) => {
  done();
  done();
});
test('callback and promise', async (t, done) => {
  done();
});
test('throws before done', (t, done) => {
  throw new Error('sync throw');
});
