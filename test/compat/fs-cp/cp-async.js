// fs.cp (callback) and fs.promises.cp: copies and SystemError shapes.
const fs = require('fs');
const p = fs.promises;
const { setup, clean } = require('../fs/fixtures/common');
setup('cp-async');
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.symlinkSync('a.txt', 'src/link');
fs.writeFileSync('file.txt', 'F');
async function t(l, f) {
  try { console.log(l, '->', await f()); } catch (e) {
    console.log(l, '!!', e.name, e.code, clean(e.message), e.errno, e.syscall, e.path && clean(e.path));
    if (e.info) console.log('  info', clean(JSON.stringify(e.info)));
  }
}
(async () => {
  await t('dir no recursive', () => p.cp('src', 'dst'));
  await t('dir recursive', async () => { await p.cp('src', 'dst', { recursive: true }); return fs.readdirSync('dst', { recursive: true }).sort().join(); });
  await t('link', () => clean(fs.readlinkSync('dst/link')));
  await t('errorOnExist dir', () => p.cp('src', 'dst', { recursive: true, force: false, errorOnExist: true }));
  await t('file to dir', () => p.cp('file.txt', 'dst'));
  await t('dir to file', () => p.cp('src', 'file.txt', { recursive: true }));
  await t('same', () => p.cp('src', 'src', { recursive: true }));
  await t('subdir', () => p.cp('src', 'src/sub/x', { recursive: true }));
  await t('missing', () => p.cp('nope', 'x'));
  await t('deref', async () => { await p.cp('src', 'd4', { recursive: true, dereference: true }); return fs.lstatSync('d4/link').isFile(); });
  await t('errorOnExist file', () => p.cp('file.txt', 'dst/a.txt', { force: false, errorOnExist: true }));
  await t('no force', async () => { await p.cp('file.txt', 'dst/a.txt', { force: false }); return fs.readFileSync('dst/a.txt', 'utf8'); });
  await t('force', async () => { await p.cp('file.txt', 'dst/a.txt'); return fs.readFileSync('dst/a.txt', 'utf8'); });
  await t('symlink into self', async () => { fs.symlinkSync('src', 'lnk'); return p.cp('src', 'lnk/sub/zz', { recursive: true }); });
  await t('relink existing', async () => { fs.symlinkSync('file.txt', 'l1'); fs.symlinkSync('src/a.txt', 'l2'); await p.cp('l1', 'l2'); return clean(fs.readlinkSync('l2')); });
  await new Promise((resolve) => fs.cp('src', 'cb1', { recursive: true }, (e) => { console.log('cb', e, fs.readdirSync('cb1').sort().join()); resolve(); }));
  await new Promise((resolve) => fs.cp('src', 'cb1', { recursive: true, force: false, errorOnExist: true }, (e) => { console.log('cb error', e.code, clean(e.message)); resolve(); }));
})();
