// fs.watchFile bigint option and persistent: false; multiple listeners and unwatch one.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watchfile-bigint');
fs.writeFileSync('b.txt', 'a');
const l1 = (curr, prev) => {
  console.log('l1', typeof curr.size, curr.size, prev.size, typeof curr.mtimeNs);
  fs.unwatchFile('b.txt', l1);
};
const l2 = (curr) => {
  console.log('l2', curr.size);
  fs.unwatchFile('b.txt', l2);
};
const w = fs.watchFile('b.txt', { interval: 50, bigint: true }, l1);
fs.watchFile('b.txt', l2);
w.on('stop', () => console.log('stop', w.listenerCount('change')));
setTimeout(() => fs.writeFileSync('b.txt', 'abcd'), 200);
fs.watchFile('nonpersistent.txt', { persistent: false, interval: 50 }, (curr) => console.log('nonpersistent initial', curr.size));
