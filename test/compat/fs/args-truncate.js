// Argument validation of fs.truncate in its sync, callback and promise forms.
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('args-truncate');
fs.writeFileSync('f', 'data');
fs.symlinkSync('f', 'l');
const argLists = [
  ['f', 'x'],
  [{}, 1],
  ['f\0'],
  ['f', 1.5],
];
(async () => {
  for (const args of argLists) {
    const label = args.map((a) => typeof a === 'symbol' ? 'symbol' : JSON.stringify(a)).join(', ');
    try { fs.truncateSync(...args); console.log('sync', label, 'ok'); } catch (e) { console.log('sync', label, fmt(e)); }
    try { fs.truncate(...args, () => {}); console.log('cb', label, 'accepted'); } catch (e) { console.log('cb', label, fmt(e)); }
    try { await fs.promises.truncate(...args); console.log('promise', label, 'ok'); } catch (e) { console.log('promise', label, fmt(e)); }
  }
  try { fs.truncate('f'); } catch (e) { console.log('no callback', fmt(e)); }
})();
