// fs.watch recursive: a file created in a nested directory is reported relative to the root.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watch-recursive');
fs.mkdirSync('root/a/b', { recursive: true });
const w = fs.watch('root', { recursive: true });
w.on('change', (eventType, filename) => {
  console.log('event', eventType, filename);
  w.close();
});
w.on('close', () => { console.log('close'); process.exit(0); });
setTimeout(() => fs.writeFileSync('root/a/b/deep.txt', 'x'), 200);
