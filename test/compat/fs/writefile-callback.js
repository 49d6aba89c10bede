// fs.writeFile callback form: data kinds, options, signals, errors.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('writefile-callback');
const read = (p) => JSON.stringify(fs.readFileSync(p, 'utf8'));
(async () => {
  await cb('string', (done) => fs.writeFile('a.txt', 'abc', (...args) => done(args[0], args.length, read('a.txt'))));
  await cb('buffer', (done) => fs.writeFile('a.txt', Buffer.from('buf'), (err) => done(err, read('a.txt'))));
  await cb('encoding string', (done) => fs.writeFile('a.txt', '6869', 'hex', (err) => done(err, read('a.txt'))));
  await cb('options', (done) => fs.writeFile('a.txt', '!', { flag: 'a' }, (err) => done(err, read('a.txt'))));
  await cb('fd', (done) => { const fd = fs.openSync('b.txt', 'w'); fs.writeFile(fd, 'fd-data', (err) => { fs.closeSync(fd); done(err, read('b.txt')); }); });
  await cb('missing dir', (done) => fs.writeFile('x/y', 'a', done));
  await cb('wx exists', (done) => fs.writeFile('a.txt', 'a', { flag: 'wx' }, done));
  await cb('aborted', (done) => fs.writeFile('c.txt', 'a', { signal: AbortSignal.abort() }, (err) => done(err, fs.existsSync('c.txt'))));
  t('no cb', () => fs.writeFile('a.txt', 'x'));
  t('bad data', () => fs.writeFile('a.txt', 1, () => {}));
  t('bad path', () => fs.writeFile(1.5, 'x', () => {}));
  t('bad mode', () => fs.writeFile('a.txt', 'x', { mode: -1 }, () => {}));
})();
