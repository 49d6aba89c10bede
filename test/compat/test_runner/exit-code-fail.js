// A failing test sets process.exitCode to 1.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('a', () => {});
test('b', () => {
  throw new Error('b failed');
});
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
