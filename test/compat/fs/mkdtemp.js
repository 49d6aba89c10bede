// fs.mkdtemp/mkdtempSync/promises.mkdtemp: six random characters appended, errors.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('mkdtemp');
const check = (prefix, p) => `${p.startsWith(prefix)} ${p.length - prefix.length} ${fs.statSync(p).isDirectory()}`;
t('sync', () => check('tmp-', fs.mkdtempSync('tmp-')));
t('sync two differ', () => fs.mkdtempSync('x') !== fs.mkdtempSync('x'));
t('sync nested prefix', () => { fs.mkdirSync('parent'); return check('parent/', fs.mkdtempSync('parent/')); });
t('sync buffer encoding', () => Buffer.isBuffer(fs.mkdtempSync('b-', 'buffer')));
t('sync buffer prefix', () => typeof fs.mkdtempSync(Buffer.from('bp-')));
t('sync missing dir', () => fs.mkdtempSync('nope/x'));
t('sync bad prefix', () => fs.mkdtempSync(5));
t('sync null byte', () => fs.mkdtempSync('a\0'));
(async () => {
  await cb('cb', (done) => fs.mkdtemp('cb-', (err, p) => done(err, check('cb-', p))));
  await cb('cb options', (done) => fs.mkdtemp('cb-', { encoding: 'utf8' }, (err, p) => done(err, typeof p)));
  // Node's async error names the randomized template: print only the code.
  await cb('cb missing', (done) => fs.mkdtemp('nope/x', (err) => done(null, err.code, err.syscall)));
  t('cb no callback', () => fs.mkdtemp('x'));
  const p = await fs.promises.mkdtemp('pr-');
  console.log('promise', check('pr-', p));
  await fs.promises.mkdtemp('nope/z').catch((e) => console.log('promise missing', e.code, e.syscall));
})();
