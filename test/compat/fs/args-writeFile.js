// Argument validation of fs.writeFile in its sync, callback and promise forms.
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('args-writeFile');
fs.writeFileSync('f', 'data');
fs.symlinkSync('f', 'l');
const argLists = [
  [1.5, 'x'],
  ['f', 1],
  ['f', null],
  ['f', 'x', 'bad-enc'],
  ['f', 'x', { mode: 'q' }],
  ['f', 'x', { flag: 'q' }],
];
(async () => {
  for (const args of argLists) {
    const label = args.map((a) => typeof a === 'symbol' ? 'symbol' : JSON.stringify(a)).join(', ');
    try { fs.writeFileSync(...args); console.log('sync', label, 'ok'); } catch (e) { console.log('sync', label, fmt(e)); }
    try { fs.writeFile(...args, () => {}); console.log('cb', label, 'accepted'); } catch (e) { console.log('cb', label, fmt(e)); }
    try { await fs.promises.writeFile(...args); console.log('promise', label, 'ok'); } catch (e) { console.log('promise', label, fmt(e)); }
  }
  try { fs.writeFile('f'); } catch (e) { console.log('no callback', fmt(e)); }
})();
