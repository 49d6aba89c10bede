// fs.watch on a file: appending reports 'change' with the file's base name.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watch-change');
fs.writeFileSync('f.txt', 'a');
const w = fs.watch('f.txt');
w.once('change', (eventType, filename) => {
  console.log('event', eventType, filename);
  w.close();
});
w.on('close', () => console.log('close'));
setTimeout(() => fs.appendFileSync('f.txt', 'b'), 100);
