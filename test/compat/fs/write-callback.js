// fs.write callback forms: buffer/string overloads and the (err, written, buffer) arguments.
const fs = require('fs');
const { setup, t, fmt } = require('./fixtures/common');
setup('write-callback');
const fd = fs.openSync('f.txt', 'w+');
function step(label, start) {
  return new Promise((resolve) => {
    start((err, n, b) => {
      console.log(label, err ? fmt(err) : null, n, typeof b, Buffer.isBuffer(b) ? b.length : b);
      resolve();
    });
  });
}
(async () => {
  await step('(fd, buffer, cb)', (done) => fs.write(fd, Buffer.from('abc'), done));
  await step('(fd, buffer, offset, cb)', (done) => fs.write(fd, Buffer.from('abcdef'), 4, done));
  await step('(fd, buffer, offset, length, cb)', (done) => fs.write(fd, Buffer.from('abcdef'), 1, 2, done));
  await step('(fd, buffer, offset, length, position, cb)', (done) => fs.write(fd, Buffer.from('Z'), 0, 1, 0, done));
  await step('(fd, buffer, options, cb)', (done) => fs.write(fd, Buffer.from('QRS'), { offset: 1, length: 1, position: 1 }, done));
  await step('(fd, string, cb)', (done) => fs.write(fd, '-str', done));
  await step('(fd, string, position, cb)', (done) => fs.write(fd, '!', 2, done));
  await step('(fd, string, position, encoding, cb)', (done) => fs.write(fd, '7a7a', null, 'hex', done));
  console.log(JSON.stringify(fs.readFileSync('f.txt', 'utf8')));
  t('no cb buffer', () => fs.write(fd, Buffer.from('x')));
  t('no cb string', () => fs.write(fd, 'x'));
  t('bad data', () => fs.write(fd, 42, () => {}));
  t('bad fd', () => fs.write('x', 'y', () => {}));
  fs.closeSync(fd);
  await step('closed fd', (done) => fs.write(fd, 'x', done));
})();
