// Error objects of fs.link failures: sync, callback and promise forms agree.
const fs = require('fs');
const { setup } = require('./fixtures/common');
setup('errors-link');
fs.writeFileSync('file', 'x');
fs.writeFileSync('file2', 'y');
fs.mkdirSync('dir');
fs.mkdirSync('full/sub', { recursive: true });
fs.symlinkSync('missing-target', 'dangling');
function show(form, label, e) {
  if (!e) return console.log(form, label, 'no error');
  console.log(form, label, e.name, JSON.stringify(Object.keys(e)), e.errno, e.code, e.syscall, e.path, e.dest, e instanceof Error);
  console.log('  ', e.message);
}
const cases = [
  ['missing', 'x'],
  ['file', 'file2'],
  ['dir', 'd2'],
];
(async () => {
  for (const args of cases) {
    const label = args.map((a) => JSON.stringify(a)).join(', ');
    try { fs.linkSync(...args); show('sync', label, null); } catch (e) { show('sync', label, e); }
    await new Promise((resolve) => fs.link(...args, (e) => { show('cb', label, e); resolve(); }));
    await fs.promises.link(...args).then(() => show('promise', label, null), (e) => show('promise', label, e));
  }
})();
