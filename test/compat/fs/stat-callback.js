// fs.stat/lstat/fstat callback forms and errors.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('stat-callback');
fs.writeFileSync('f.txt', 'xyz');
fs.symlinkSync('f.txt', 'l');
(async () => {
  await cb('stat', (done) => fs.stat('f.txt', (err, s) => done(err, s.size, s.isFile(), s instanceof fs.Stats)));
  await cb('stat options', (done) => fs.stat('f.txt', {}, (err, s) => done(err, s.size)));
  await cb('lstat link', (done) => fs.lstat('l', (err, s) => done(err, s.isSymbolicLink())));
  await cb('stat link', (done) => fs.stat('l', (err, s) => done(err, s.isSymbolicLink(), s.isFile())));
  await cb('fstat', (done) => { const fd = fs.openSync('f.txt'); fs.fstat(fd, (err, s) => { fs.closeSync(fd); done(err, s.size); }); });
  await cb('stat missing', (done) => fs.stat('missing', done));
  await cb('lstat missing', (done) => fs.lstat('missing', done));
  await cb('stat ENOTDIR', (done) => fs.stat('f.txt/a', done));
  await cb('fstat closed', (done) => { const fd = fs.openSync('f.txt'); fs.closeSync(fd); fs.fstat(fd, done); });
  t('stat no cb', () => fs.stat('f.txt'));
  t('lstat no cb', () => fs.lstat('f.txt', {}));
  t('fstat no cb', () => fs.fstat(0));
  t('stat bad path', () => fs.stat(undefined, () => {}));
  t('fstat bad fd', () => fs.fstat(-5, () => {}));
})();
