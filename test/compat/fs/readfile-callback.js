// fs.readFile callback form: encodings, fds, abort signals, errors, callback validation.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('readfile-callback');
fs.writeFileSync('f.txt', 'content \u00e9');
fs.mkdirSync('dir');
(async () => {
  await cb('buffer', (done) => fs.readFile('f.txt', (err, d) => done(err, Buffer.isBuffer(d), d.length)));
  await cb('utf8', (done) => fs.readFile('f.txt', 'utf8', done));
  await cb('options', (done) => fs.readFile('f.txt', { encoding: 'hex' }, done));
  await cb('fd', (done) => { const fd = fs.openSync('f.txt'); fs.readFile(fd, 'utf8', (err, d) => { fs.closeSync(fd); done(err, d); }); });
  await cb('missing', (done) => fs.readFile('missing', done));
  await cb('dir', (done) => fs.readFile('dir', done));
  await cb('aborted before', (done) => fs.readFile('f.txt', { signal: AbortSignal.abort() }, done));
  await cb('aborted with reason', (done) => { const ac = new AbortController(); ac.abort('why'); fs.readFile('f.txt', { signal: ac.signal }, (err) => done(err, err && err.cause)); });
  await cb('abort during', (done) => { const ac = new AbortController(); fs.readFile('f.txt', { signal: ac.signal }, done); ac.abort(); });
  await cb('not aborted', (done) => fs.readFile('f.txt', { encoding: 'utf8', signal: new AbortController().signal }, done));
  t('bad signal', () => fs.readFile('f.txt', { signal: 1 }, () => {}));
  t('no cb', () => fs.readFile('f.txt'));
  t('options no cb', () => fs.readFile('f.txt', 'utf8'));
  t('bad encoding', () => fs.readFile('f.txt', 'bogus', () => {}));
  t('bad path', () => fs.readFile({}, () => {}));
  let sync = true;
  fs.readFile('f.txt', () => console.log('callback is async:', !sync));
  sync = false;
})();
