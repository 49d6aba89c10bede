// Piping file streams: copy a large file via pipe and pipeline, and to a Transform.
const fs = require('fs');
const { pipeline, Transform } = require('stream');
const { setup } = require('../fs/fixtures/common');
setup('fs-pipe');
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;
fs.writeFileSync('big.bin', big);
fs.createReadStream('big.bin').pipe(fs.createWriteStream('copy.bin')).on('close', () => {
  console.log('pipe equal', fs.readFileSync('copy.bin').equals(big));
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  fs.writeFileSync('t.txt', 'shout this\n');
  pipeline(fs.createReadStream('t.txt'), upper, fs.createWriteStream('T.txt'), (err) => {
    console.log('pipeline', err, fs.readFileSync('T.txt', 'utf8').trim());
    pipeline(fs.createReadStream('missing'), fs.createWriteStream('never.txt'), (err) => {
      console.log('pipeline error', err.code, err.syscall);
      console.log('never.txt exists', fs.existsSync('never.txt'));
    });
  });
});
