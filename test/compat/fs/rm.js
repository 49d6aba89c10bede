// fs.rm/rmSync/promises.rm: files, directories, recursive, force, option validation.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('rm');
function tree(name) {
  fs.mkdirSync(`${name}/a/b`, { recursive: true });
  fs.writeFileSync(`${name}/f`, '1');
  fs.writeFileSync(`${name}/a/g`, '2');
  fs.symlinkSync('../f', `${name}/a/link`);
  fs.symlinkSync('/', `${name}/rootlink`);
}
fs.writeFileSync('file', '');
t('file', () => { fs.rmSync('file'); return fs.existsSync('file'); });
t('missing', () => fs.rmSync('file'));
t('missing force', () => fs.rmSync('file', { force: true }));
t('ENOTDIR', () => fs.rmSync('x/y'));
tree('t1');
t('dir not recursive', () => fs.rmSync('t1'));
t('dir recursive', () => { fs.rmSync('t1', { recursive: true }); return fs.existsSync('t1'); });
t('symlink only', () => { fs.mkdirSync('keep'); fs.symlinkSync('keep', 'ln'); fs.rmSync('ln'); return `${fs.existsSync('ln')} ${fs.existsSync('keep')}`; });
t('empty dir not recursive', () => fs.rmSync('keep'));
t('bad force', () => fs.rmSync('keep', { force: 1 }));
t('bad recursive', () => fs.rmSync('keep', { recursive: 'x' }));
t('bad maxRetries', () => fs.rmSync('keep', { maxRetries: -1 }));
t('bad retryDelay', () => fs.rmSync('keep', { retryDelay: 'x' }));
t('bad options', () => fs.rmSync('keep', 'x'));
t('bad path', () => fs.rmSync(1));
(async () => {
  fs.writeFileSync('c1', '');
  await cb('cb file', (done) => fs.rm('c1', (...a) => done(a[0], a.length, fs.existsSync('c1'))));
  await cb('cb missing', (done) => fs.rm('c1', done));
  await cb('cb missing force', (done) => fs.rm('c1', { force: true }, done));
  tree('t2');
  await cb('cb dir', (done) => fs.rm('t2', done));
  await cb('cb dir recursive', (done) => fs.rm('t2', { recursive: true }, (err) => done(err, fs.existsSync('t2'))));
  tree('t3');
  console.log('promise', await fs.promises.rm('t3', { recursive: true }), fs.existsSync('t3'));
  await fs.promises.rm('t3').catch((e) => console.log('promise missing', e.code, e.message));
  console.log('promise force', await fs.promises.rm('t3', { force: true }));
  fs.mkdirSync('t4');
  await fs.promises.rm('t4').catch((e) => console.log('promise dir', e.name, e.code, e.message, e.errno, e.syscall, e.path));
  console.log('still there', fs.existsSync('t4'));
})();
