// fs.fsync/fdatasync (sync and callback) and FileHandle.sync/datasync; EBADF on closed fds.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('fsync');
const fd = fs.openSync('f', 'w');
fs.writeSync(fd, 'data');
t('fsyncSync', () => fs.fsyncSync(fd));
t('fdatasyncSync', () => fs.fdatasyncSync(fd));
t('fsyncSync bad fd', () => fs.fsyncSync('1'));
t('fdatasyncSync negative', () => fs.fdatasyncSync(-1));
(async () => {
  await cb('fsync cb', (done) => fs.fsync(fd, (...a) => done(a[0], a.length)));
  await cb('fdatasync cb', (done) => fs.fdatasync(fd, done));
  t('fsync no cb', () => fs.fsync(fd));
  t('fdatasync no cb', () => fs.fdatasync(fd));
  fs.closeSync(fd);
  t('fsyncSync closed', () => fs.fsyncSync(fd));
  t('fdatasyncSync closed', () => fs.fdatasyncSync(fd));
  await cb('fsync cb closed', (done) => fs.fsync(fd, done));
  const fh = await fs.promises.open('f', 'r+');
  console.log('handle sync', await fh.sync(), await fh.datasync());
  await fh.close();
  await fh.sync().catch((e) => console.log('handle closed', e.code, e.message, e.syscall));
  await fh.datasync().catch((e) => console.log('handle closed', e.code, e.message, e.syscall));
})();
