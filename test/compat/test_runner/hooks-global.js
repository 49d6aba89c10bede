// Top-level hooks apply to the whole file; t.beforeEach/t.afterEach apply to subtests.
require('./fixtures/tap-filter');
const { test, before, after, beforeEach, afterEach } = require('node:test');
const log = [];
before(() => log.push('global before'));
after(() => log.push('global after'));
beforeEach((t) => log.push(`global beforeEach ${t.name}`));
afterEach((t) => log.push(`global afterEach ${t.name}`));
test('one', () => log.push('one'));
test('two', async (t) => {
  t.beforeEach((s) => log.push(`t.beforeEach ${s.name}`));
  t.afterEach((s) => log.push(`t.afterEach ${s.name}`));
  t.after(() => log.push('t.after'));
  await t.test('two.a', () => log.push('two.a'));
  await t.test('two.b', () => log.push('two.b'));
});
process.on('exit', () => console.log(log.join('\n')));
