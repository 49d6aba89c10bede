// fs.open/fs.close callback forms, overloads and callback validation.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('open-callback');
fs.writeFileSync('f.txt', 'abc');
(async () => {
  await cb('open(path, cb)', (done) => fs.open('f.txt', (err, fd) => { done(err, typeof fd); if (fd) fs.closeSync(fd); }));
  await cb('open(path, flags, cb)', (done) => fs.open('f.txt', 'r+', (err, fd) => { done(err, typeof fd); if (fd) fs.closeSync(fd); }));
  await cb('open(path, flags, mode, cb)', (done) => fs.open('g.txt', 'w', 0o600, (err, fd) => { done(err, (fs.statSync('g.txt').mode & 0o777).toString(8)); fs.closeSync(fd); }));
  await cb('open missing', (done) => fs.open('missing', 'r', done));
  await cb('open wx existing', (done) => fs.open('f.txt', 'wx', done));
  t('open no cb', () => fs.open('f.txt'));
  t('open flags no cb', () => fs.open('f.txt', 'r'));
  t('open bad cb', () => fs.open('f.txt', 'r', 0o666, 42));
  t('open bad path', () => fs.open(null, () => {}));
  await cb('close', (done) => { const fd = fs.openSync('f.txt'); fs.close(fd, (...args) => done(null, args.length, args[0])); });
  await cb('close twice', (done) => { const fd = fs.openSync('f.txt'); fs.closeSync(fd); fs.close(fd, done); });
  t('close bad cb', () => fs.close(0, 'x'));
  t('close bad fd', () => fs.close('x', () => {}));
  await cb('this/arity of cb', (done) => fs.open('f.txt', function (...args) { done(null, args.length, args[0]); fs.closeSync(args[1]); }));
})();
