// fs.read callback overloads: (fd, cb), (fd, options, cb), (fd, buffer, options, cb), positional.
const fs = require('fs');
const { setup, t, fmt } = require('./fixtures/common');
setup('read-callback');
fs.writeFileSync('f.txt', 'hello world');
const fd = fs.openSync('f.txt', 'r');
function step(label, start) {
  return new Promise((resolve) => {
    start((err, n, b) => {
      console.log(label, err ? fmt(err) : null, n, b && b.length, b && b.toString('latin1', 0, n));
      resolve();
    });
  });
}
(async () => {
  await step('positional', (done) => fs.read(fd, Buffer.alloc(5), 0, 5, 0, done));
  await step('offset into buffer', (done) => fs.read(fd, Buffer.alloc(8), 3, 5, 6, done));
  await step('(fd, cb)', (done) => fs.read(fd, done));
  await step('(fd, {}, cb) at end', (done) => fs.read(fd, {}, done));
  await step('(fd, options, cb)', (done) => fs.read(fd, { buffer: Buffer.alloc(4), position: 2 }, done));
  await step('(fd, buffer, options, cb)', (done) => fs.read(fd, Buffer.alloc(10), { offset: 2, length: 3, position: 0 }, done));
  await step('bigint position', (done) => fs.read(fd, Buffer.alloc(5), 0, 5, 6n, done));
  await step('length 0', (done) => fs.read(fd, Buffer.alloc(5), 0, 0, 0, done));
  t('no cb', () => fs.read(fd, Buffer.alloc(5), 0, 5, 0));
  t('bad buffer', () => fs.read(fd, 'abc', 0, 1, 0, () => {}));
  t('bad length', () => fs.read(fd, Buffer.alloc(2), 0, 5, 0, () => {}));
  t('bad position', () => fs.read(fd, Buffer.alloc(2), 0, 1, {}, () => {}));
  t('bad options', () => fs.read(fd, Buffer.alloc(2), 'x', () => {}));
  const closed = fs.openSync('f.txt', 'r');
  fs.closeSync(closed);
  await step('closed fd', (done) => fs.read(closed, Buffer.alloc(2), 0, 2, 0, done));
  fs.closeSync(fd);
})();
