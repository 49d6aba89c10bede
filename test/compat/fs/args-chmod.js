// Argument validation of fs.chmod in its sync, callback and promise forms.
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('args-chmod');
fs.writeFileSync('f', 'data');
fs.symlinkSync('f', 'l');
const argLists = [
  [1, 0o644],
  ['f', 'rwx'],
  ['f'],
  ['f', -1],
  ['f', 1.5],
];
(async () => {
  for (const args of argLists) {
    const label = args.map((a) => typeof a === 'symbol' ? 'symbol' : JSON.stringify(a)).join(', ');
    try { fs.chmodSync(...args); console.log('sync', label, 'ok'); } catch (e) { console.log('sync', label, fmt(e)); }
    try { fs.chmod(...args, () => {}); console.log('cb', label, 'accepted'); } catch (e) { console.log('cb', label, fmt(e)); }
    try { await fs.promises.chmod(...args); console.log('promise', label, 'ok'); } catch (e) { console.log('promise', label, fmt(e)); }
  }
  try { fs.chmod('f'); } catch (e) { console.log('no callback', fmt(e)); }
})();
