// Argument validation of fs.stat in its sync, callback and promise forms.
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('args-stat');
fs.writeFileSync('f', 'data');
fs.symlinkSync('f', 'l');
const argLists = [
  [1],
  [undefined],
  ['a\0b'],
  [Symbol('s')],
];
(async () => {
  for (const args of argLists) {
    const label = args.map((a) => typeof a === 'symbol' ? 'symbol' : JSON.stringify(a)).join(', ');
    try { fs.statSync(...args); console.log('sync', label, 'ok'); } catch (e) { console.log('sync', label, fmt(e)); }
    try { fs.stat(...args, () => {}); console.log('cb', label, 'accepted'); } catch (e) { console.log('cb', label, fmt(e)); }
    try { await fs.promises.stat(...args); console.log('promise', label, 'ok'); } catch (e) { console.log('promise', label, fmt(e)); }
  }
  try { fs.stat('f'); } catch (e) { console.log('no callback', fmt(e)); }
})();
