// The bigint option of stat/lstat/fstat (all three forms): BigIntStats fields and ns times.
const fs = require('fs');
const { setup, t } = require('./fixtures/common');
setup('stat-bigint');
fs.writeFileSync('f.txt', 'abc');
fs.utimesSync('f.txt', 1000.5, 2000.25);
const show = (s) => [typeof s.size, s.size, typeof s.mtimeNs, s.mtimeNs, s.mtimeMs, s.atimeMs, s.mtime.toISOString(), s.isFile(), s.isDirectory()].join(' ');
t('statSync bigint', () => show(fs.statSync('f.txt', { bigint: true })));
t('keys', () => Object.keys(fs.statSync('f.txt', { bigint: true })).join(','));
t('all bigint', () => Object.values(fs.statSync('f.txt', { bigint: true })).every((v) => typeof v === 'bigint'));
t('lstatSync bigint', () => show(fs.lstatSync('f.txt', { bigint: true })));
t('fstatSync bigint', () => { const fd = fs.openSync('f.txt'); try { return show(fs.fstatSync(fd, { bigint: true })); } finally { fs.closeSync(fd); } });
t('number stats ms', () => { const s = fs.statSync('f.txt'); return `${s.mtimeMs} ${s.atimeMs} ${s.mtime.toISOString()}`; });
t('proto differs', () => Object.getPrototypeOf(fs.statSync('f.txt', { bigint: true })) !== fs.Stats.prototype);
t('bigint missing', () => fs.statSync('nope', { bigint: true }));
fs.stat('f.txt', { bigint: true }, (err, s) => {
  console.log('stat cb', err, show(s));
  fs.lstat('f.txt', { bigint: true }, (err, s) => {
    console.log('lstat cb', err, show(s));
    const fd = fs.openSync('f.txt');
    fs.fstat(fd, { bigint: true }, (err, s) => {
      console.log('fstat cb', err, show(s));
      fs.closeSync(fd);
      fs.promises.stat('f.txt', { bigint: true }).then((s) => console.log('promise', show(s)));
    });
  });
});
