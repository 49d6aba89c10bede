// fs.watch encoding option: 'buffer' gives Buffers, 'hex' strings; options as a string.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watch-encoding');
fs.mkdirSync('d');
(async () => {
  const opts = ['buffer', { encoding: 'hex' }, { encoding: 'utf8' }, 'latin1'];
  for (let i = 0; i < opts.length; i++) {
    const opt = opts[i];
    await new Promise((resolve) => {
      const w = fs.watch('d', opt, (eventType, filename) => {
        console.log(JSON.stringify(opt), eventType, Buffer.isBuffer(filename) ? 'Buffer ' + filename.toString() : filename);
        w.close();
        resolve();
      });
      setTimeout(() => fs.mkdirSync(`d/dir${i}`), 100);
    });
    await new Promise((r) => setTimeout(r, 100));
  }
})();
