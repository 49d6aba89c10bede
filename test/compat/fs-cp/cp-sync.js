// fs.cpSync: files, recursive directories, symlinks, overwrite rules and errors.
const fs = require('fs');
const { setup, clean } = require('../fs/fixtures/common');
setup('cp-sync');
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.symlinkSync('a.txt', 'src/link');
fs.writeFileSync('file.txt', 'F');
fs.mkdirSync('one');
fs.writeFileSync('one/only.txt', '1');
function t(l, f) {
  try { console.log(l, '->', f()); } catch (e) { console.log(l, '!!', e.name, e.code, clean(e.message), e.errno, e.syscall, e.path && clean(e.path)); }
}
t('dir no recursive', () => fs.cpSync('src', 'dst'));
t('dir trailing slash', () => fs.cpSync('src/', 'dst'));
t('dir recursive', () => fs.cpSync('src', 'dst', { recursive: true }));
t('list', () => fs.readdirSync('dst', { recursive: true }).sort().join());
t('contents', () => fs.readFileSync('dst/sub/b.txt', 'utf8'));
t('link target', () => clean(fs.readlinkSync('dst/link')));
t('again (force)', () => fs.cpSync('src', 'dst', { recursive: true }));
t('nested exists', () => { fs.cpSync('one', 'two', { recursive: true }); return fs.cpSync('one', 'two', { recursive: true, force: false, errorOnExist: true }); });
t('nested exists no error', () => fs.cpSync('one', 'two', { recursive: true, force: false }));
t('file to dir', () => fs.cpSync('file.txt', 'dst'));
t('dir to file', () => fs.cpSync('src', 'file.txt', { recursive: true }));
t('same dir', () => fs.cpSync('src', 'src', { recursive: true }));
t('same file', () => fs.cpSync('file.txt', 'file.txt'));
t('subdir', () => fs.cpSync('src', 'src/sub/x', { recursive: true }));
t('missing', () => fs.cpSync('nope', 'x'));
t('empty src', () => fs.cpSync('', 'x'));
t('file', () => { fs.cpSync('file.txt', 'copy.txt'); return fs.readFileSync('copy.txt', 'utf8'); });
t('file into new dirs', () => { fs.cpSync('file.txt', 'new/deep/copy.txt'); return fs.readFileSync('new/deep/copy.txt', 'utf8'); });
t('file exists errorOnExist', () => fs.cpSync('file.txt', 'copy.txt', { force: false, errorOnExist: true }));
t('file exists no force', () => { fs.writeFileSync('keep.txt', 'K'); fs.cpSync('file.txt', 'keep.txt', { force: false }); return fs.readFileSync('keep.txt', 'utf8'); });
t('file force', () => { fs.cpSync('file.txt', 'keep.txt'); return fs.readFileSync('keep.txt', 'utf8'); });
t('mode excl + force', () => fs.cpSync('file.txt', 'keep.txt', { mode: fs.constants.COPYFILE_EXCL }));
t('buffer paths', () => { fs.cpSync(Buffer.from('file.txt'), Buffer.from('buf.txt')); return fs.existsSync('buf.txt'); });
t('verbatim', () => { fs.symlinkSync('file.txt', 'rel'); fs.cpSync('rel', 'rel2', { verbatimSymlinks: true }); return fs.readlinkSync('rel2'); });
t('not verbatim', () => { fs.cpSync('rel', 'rel3'); return clean(fs.readlinkSync('rel3')); });
t('preserveTimestamps', () => { fs.utimesSync('file.txt', 1000, 2000); fs.cpSync('file.txt', 'p.txt', { preserveTimestamps: true }); return fs.statSync('p.txt').mtimeMs; });
t('mode kept', () => { fs.chmodSync('file.txt', 0o640); fs.cpSync('file.txt', 'm.txt'); return (fs.statSync('m.txt').mode & 0o777).toString(8); });
