// fs.watch recursive: a directory created after start is watched too.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watch-recursive-newdir');
fs.mkdirSync('root');
const w = fs.watch('root', { recursive: true });
const seen = [];
w.on('change', (eventType, filename) => {
  seen.push(`${eventType}:${filename}`);
  if (filename === 'sub/inner.txt') {
    console.log('saw', seen[0], seen[seen.length - 1]);
    w.close();
    process.exit(0);
  }
});
setTimeout(() => fs.mkdirSync('root/sub'), 100);
setTimeout(() => fs.writeFileSync('root/sub/inner.txt', 'x'), 500);
setTimeout(() => { console.log('timeout', seen); process.exit(1); }, 3000);
