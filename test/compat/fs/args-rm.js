// Argument validation of fs.rm in its sync, callback and promise forms.
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('args-rm');
fs.writeFileSync('f', 'data');
fs.symlinkSync('f', 'l');
const argLists = [
  [1],
  ['x', { force: 'y' }],
  ['x', { recursive: 2 }],
  ['x', { maxRetries: -1 }],
  ['x', 'opts'],
];
(async () => {
  for (const args of argLists) {
    const label = args.map((a) => typeof a === 'symbol' ? 'symbol' : JSON.stringify(a)).join(', ');
    try { fs.rmSync(...args); console.log('sync', label, 'ok'); } catch (e) { console.log('sync', label, fmt(e)); }
    try { fs.rm(...args, () => {}); console.log('cb', label, 'accepted'); } catch (e) { console.log('cb', label, fmt(e)); }
    try { await fs.promises.rm(...args); console.log('promise', label, 'ok'); } catch (e) { console.log('promise', label, fmt(e)); }
  }
  try { fs.rm('f'); } catch (e) { console.log('no callback', fmt(e)); }
})();
