// fs.watch on a directory: deleting and renaming a file report 'rename'.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watch-unlink');
fs.mkdirSync('d');
fs.writeFileSync('d/gone.txt', 'x');
fs.writeFileSync('d/old.txt', 'x');
const seen = [];
const w = fs.watch('d', (eventType, filename) => {
  seen.push(`${eventType}:${filename}`);
});
setTimeout(() => fs.unlinkSync('d/gone.txt'), 100);
setTimeout(() => fs.renameSync('d/old.txt', 'd/new.txt'), 300);
setTimeout(() => {
  console.log(seen.join(' '));
  w.close();
}, 600);
