// before/after/beforeEach/afterEach inside describe, with nested suites: call order.
require('./fixtures/tap-filter');
const { describe, it, before, after, beforeEach, afterEach } = require('node:test');
const log = [];
describe('outer', () => {
  before(() => log.push('before outer'));
  after(() => log.push('after outer'));
  beforeEach((t) => log.push(`beforeEach outer ${t.name}`));
  afterEach((t) => log.push(`afterEach outer ${t.name}`));
  it('a', () => log.push('test a'));
  describe('inner', () => {
    before(() => log.push('before inner'));
    after(() => log.push('after inner'));
    beforeEach((t) => log.push(`beforeEach inner ${t.name}`));
    afterEach((t) => log.push(`afterEach inner ${t.name}`));
    it('b', () => log.push('test b'));
    it.skip('skipped', () => log.push('never'));
    it.todo('todo');
  });
  it('c', async () => log.push('test c'));
});
process.on('exit', () => console.log(log.join('\n')));
