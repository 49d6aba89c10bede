// fs.unwatchFile: removing one listener keeps the watcher; removing all stops it ('stop').
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watchfile-unwatch');
fs.writeFileSync('f.txt', '1');
const a = () => console.log('a called');
const b = (curr, prev) => {
  console.log('b called', curr.size, prev.size);
  fs.unwatchFile('f.txt');
};
const w = fs.watchFile('f.txt', { interval: 40 }, a);
fs.watchFile('f.txt', { interval: 40 }, b);
w.on('stop', () => console.log('stop', w.listenerCount('change')));
fs.unwatchFile('f.txt', a);
console.log('listeners after removing a', w.listenerCount('change'));
fs.unwatchFile('f.txt', () => {});
console.log('listeners after removing unknown', w.listenerCount('change'));
setTimeout(() => fs.writeFileSync('f.txt', '22'), 150);
