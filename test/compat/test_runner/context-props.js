// TestContext and SuiteContext: name, fullName, filePath, signal, prototype members.
require('./fixtures/tap-filter');
const { test, describe, it } = require('node:test');
const lines = [];
describe('suite', (s) => {
  lines.push(`suite name=${s.name} full=${s.fullName} file=${s.filePath === __filename}`);
  lines.push(`suite signal=${s.signal instanceof AbortSignal}`);
  lines.push(`suite proto=${Object.getOwnPropertyNames(Object.getPrototypeOf(s)).join()}`);
  describe('inner', () => {
    it('leaf', (t) => {
      lines.push(`leaf name=${t.name} full=${t.fullName}`);
    });
  });
});
let savedSignal;
test('top', async (t) => {
  lines.push(`top proto=${Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join()}`);
  lines.push(`own keys=${Object.keys(t).length}`);
  lines.push(`file=${t.filePath === __filename} signal=${t.signal instanceof AbortSignal} aborted=${t.signal.aborted}`);
  savedSignal = t.signal;
  await t.test('sub', (t2) => lines.push(`sub full=${t2.fullName} passed=${t2.passed} error=${t2.error}`));
});
test('after top', () => {
  lines.push(`previous signal aborted=${savedSignal.aborted} reason=${savedSignal.reason && savedSignal.reason.name}`);
});
process.on('exit', () => console.log(lines.join('\n')));
