// fs.watchFile/unwatchFile: listener(curr, prev) Stats on change; validation; shared watcher.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watchfile');
for (const a of [[1, () => {}], ['x'], ['x', { interval: 'a' }, () => {}], ['x', { interval: -1 }, () => {}], ['x', 5]]) {
  try { const w = fs.watchFile(...a); console.log('ok', w.constructor.name); fs.unwatchFile(a[0]); }
  catch (e) { console.log(e.name, e.code, e.message); }
}
fs.writeFileSync('w.txt', 'a');
const s2 = fs.watchFile('w.txt', { interval: 50 }, function (curr, prev) {
  console.log('change', curr.size, prev.size, curr.isFile(), this === s2, curr.constructor.name);
  fs.unwatchFile('w.txt');
});
s2.on('stop', () => console.log('stop'));
console.log('ref', s2.ref() === s2, s2.unref() === s2, s2.ref() === s2);
const again = fs.watchFile('w.txt', { interval: 50 }, () => {});
console.log('same watcher', again === s2);
fs.unwatchFile('w.txt', () => {});
fs.unwatchFile('nothing-watched');
setTimeout(() => fs.writeFileSync('w.txt', 'abc'), 200);
