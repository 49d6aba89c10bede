// fs.opendirSync and Dir.readSync/closeSync: entries, bufferSize, closed-handle errors.
const fs = require('fs');
const { setup, t } = require('./fixtures/common');
setup('opendir-sync');
fs.mkdirSync('d/sub', { recursive: true });
for (const n of ['a', 'b', 'c']) fs.writeFileSync(`d/${n}`, '');
fs.writeFileSync('d/sub/x', '');
t('Dir', () => { const dir = fs.opendirSync('d'); const r = `${dir instanceof fs.Dir} ${dir.path}`; dir.closeSync(); return r; });
t('read all', () => {
  const dir = fs.opendirSync('d');
  const out = [];
  let e;
  while ((e = dir.readSync()) !== null) out.push(`${e.name}:${e.isDirectory()}:${e.parentPath}`);
  dir.closeSync();
  return out.sort().join(' ');
});
t('bufferSize 1', () => { const dir = fs.opendirSync('d', { bufferSize: 1 }); let n = 0; while (dir.readSync()) n++; dir.closeSync(); return n; });
t('recursive', () => { const dir = fs.opendirSync('d', { recursive: true }); const out = []; let e; while ((e = dir.readSync())) out.push(`${e.parentPath}/${e.name}`); dir.closeSync(); return out.sort().join(' '); });
t('read after end', () => { const dir = fs.opendirSync('d/sub'); dir.readSync(); const r = [dir.readSync(), dir.readSync()]; dir.closeSync(); return r; });
t('read closed', () => { const dir = fs.opendirSync('d'); dir.closeSync(); return dir.readSync(); });
t('close twice', () => { const dir = fs.opendirSync('d'); dir.closeSync(); return dir.closeSync(); });
t('missing', () => fs.opendirSync('nope'));
t('file', () => fs.opendirSync('d/a'));
t('bad bufferSize', () => fs.opendirSync('d', { bufferSize: 0 }));
t('bad bufferSize type', () => fs.opendirSync('d', { bufferSize: 'x' }));
t('bad path', () => fs.opendirSync(1));
t('bad encoding', () => fs.opendirSync('d', { encoding: 'zz' }));
