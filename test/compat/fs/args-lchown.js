// Argument validation of fs.lchown in its sync, callback and promise forms.
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('args-lchown');
fs.writeFileSync('f', 'data');
fs.symlinkSync('f', 'l');
const argLists = [
  [1, 0, 0],
  ['f', 'u', 0],
  ['f', 0, -5],
];
(async () => {
  for (const args of argLists) {
    const label = args.map((a) => typeof a === 'symbol' ? 'symbol' : JSON.stringify(a)).join(', ');
    try { fs.lchownSync(...args); console.log('sync', label, 'ok'); } catch (e) { console.log('sync', label, fmt(e)); }
    try { fs.lchown(...args, () => {}); console.log('cb', label, 'accepted'); } catch (e) { console.log('cb', label, fmt(e)); }
    try { await fs.promises.lchown(...args); console.log('promise', label, 'ok'); } catch (e) { console.log('promise', label, fmt(e)); }
  }
  try { fs.lchown('f'); } catch (e) { console.log('no callback', fmt(e)); }
})();
