// fs.rename in all forms: files, directories, overwrite rules and errors.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('rename');
fs.writeFileSync('a', 'A');
fs.writeFileSync('b', 'B');
fs.mkdirSync('d1');
fs.mkdirSync('d2/inner', { recursive: true });
t('file', () => { fs.renameSync('a', 'a2'); return `${fs.existsSync('a')} ${fs.readFileSync('a2', 'utf8')}`; });
t('overwrite file', () => { fs.renameSync('a2', 'b'); return fs.readFileSync('b', 'utf8'); });
t('missing', () => fs.renameSync('a', 'c'));
t('file onto dir', () => fs.renameSync('b', 'd1'));
t('dir onto file', () => fs.renameSync('d1', 'b'));
t('dir onto non-empty dir', () => fs.renameSync('d1', 'd2'));
t('dir onto empty dir', () => { fs.mkdirSync('d3'); fs.renameSync('d1', 'd3'); return fs.existsSync('d1'); });
t('into missing dir', () => fs.renameSync('b', 'nope/b'));
t('bad oldPath', () => fs.renameSync(1, 'x'));
t('bad newPath', () => fs.renameSync('b', null));
t('Buffer paths', () => { fs.renameSync(Buffer.from('b'), Buffer.from('b2')); return fs.existsSync('b2'); });
(async () => {
  await cb('cb', (done) => fs.rename('b2', 'b3', (...a) => done(a[0], a.length, fs.existsSync('b3'))));
  await cb('cb missing', (done) => fs.rename('b2', 'b4', done));
  t('cb none', () => fs.rename('b3', 'b4'));
  console.log('promise', await fs.promises.rename('b3', 'b5'), fs.existsSync('b5'));
  await fs.promises.rename('b3', 'b6').catch((e) => console.log('promise missing', e.code, e.message));
})();
