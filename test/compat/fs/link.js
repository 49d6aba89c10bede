// fs.link/linkSync/promises.link: hard links share an inode; errors.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('link');
fs.writeFileSync('a', 'data');
fs.mkdirSync('dir');
t('link', () => { fs.linkSync('a', 'b'); return `${fs.statSync('a').nlink} ${fs.statSync('a').ino === fs.statSync('b').ino}`; });
t('shared content', () => { fs.appendFileSync('b', '+'); return fs.readFileSync('a', 'utf8'); });
t('exists', () => fs.linkSync('a', 'b'));
t('missing', () => fs.linkSync('nope', 'c'));
t('dir', () => fs.linkSync('dir', 'dir2'));
t('bad existingPath', () => fs.linkSync(1, 'c'));
t('bad newPath', () => fs.linkSync('a', undefined));
(async () => {
  await cb('cb', (done) => fs.link('a', 'c', (...a) => done(a[0], a.length, fs.statSync('a').nlink)));
  await cb('cb exists', (done) => fs.link('a', 'c', done));
  t('cb none', () => fs.link('a', 'd'));
  console.log('promise', await fs.promises.link('a', 'p'), fs.statSync('p').nlink);
  await fs.promises.link('nope', 'q').catch((e) => console.log('promise missing', e.code, e.message));
})();
