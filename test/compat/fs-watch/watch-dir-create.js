// fs.watch on a directory: creating a file reports 'rename' with the file name.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watch-create');
fs.mkdirSync('d');
const w = fs.watch('d', (eventType, filename) => {
  console.log('event', eventType, filename, typeof filename);
  w.close();
});
console.log('watcher', w.constructor.name, w instanceof require('events'));
w.on('close', () => console.log('close'));
setTimeout(() => fs.writeFileSync('d/new.txt', 'x'), 100);
