// All tests pass: exit code 0, after the summary.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('a', () => {});
test('b', async () => {});
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
