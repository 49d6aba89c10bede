// fs.watchFile on a missing file: one call with zeroed Stats; then creation is reported.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watchfile-missing');
let n = 0;
fs.watchFile('later.txt', { interval: 50 }, (curr, prev) => {
  n++;
  console.log('call', n, curr.size, prev.size, curr.nlink, prev.nlink, curr.mtimeMs > 0, curr.isFile(), prev.isFile());
  if (n === 1) setTimeout(() => fs.writeFileSync('later.txt', 'hello'), 100);
  if (n === 2) fs.unwatchFile('later.txt');
});
