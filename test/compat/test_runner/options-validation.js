// Option validation errors of test()/describe() and hooks.
require('./fixtures/tap-filter');
const { test, describe } = require('node:test');
const cases = {
  'timeout string': () => test('t', { timeout: 'a' }),
  'timeout negative': () => test('t', { timeout: -1 }),
  'concurrency string': () => test('t', { concurrency: 'x' }),
  'signal number': () => test('t', { signal: 1 }),
  'describe timeout': () => describe('d', { timeout: {} }),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'no throw');
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}
