// fs.appendFile / appendFileSync: creation, appending, encodings, fds, flags and errors.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('appendfile');
const read = (p) => JSON.stringify(fs.readFileSync(p, 'utf8'));
t('sync create', () => { fs.appendFileSync('a.txt', 'one'); return read('a.txt'); });
t('sync append', () => { fs.appendFileSync('a.txt', Buffer.from('-two')); return read('a.txt'); });
t('sync hex', () => { fs.appendFileSync('a.txt', '2d33', 'hex'); return read('a.txt'); });
t('sync flag ignored when set', () => { fs.appendFileSync('a.txt', '-w', { flag: 'w' }); return read('a.txt'); });
t('sync mode', () => { fs.appendFileSync('m.txt', 'x', { mode: 0o600 }); return (fs.statSync('m.txt').mode & 0o777).toString(8); });
t('sync fd', () => { const fd = fs.openSync('fd.txt', 'w'); fs.appendFileSync(fd, 'a'); fs.appendFileSync(fd, 'b'); fs.closeSync(fd); return read('fd.txt'); });
t('sync bad data', () => fs.appendFileSync('a.txt', 5));
t('sync missing dir', () => fs.appendFileSync('no/x', 'a'));
(async () => {
  await cb('cb create', (done) => fs.appendFile('b.txt', 'x', (err) => done(err, read('b.txt'))));
  await cb('cb append', (done) => fs.appendFile('b.txt', 'y', 'utf8', (err) => done(err, read('b.txt'))));
  await cb('cb options', (done) => fs.appendFile('b.txt', 'z', { encoding: 'utf8' }, (err) => done(err, read('b.txt'))));
  await cb('cb missing dir', (done) => fs.appendFile('no/y', 'a', done));
  t('cb missing', () => fs.appendFile('b.txt', 'x'));
})();
