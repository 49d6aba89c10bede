// Error objects of fs.truncate failures: sync, callback and promise forms agree.
const fs = require('fs');
const { setup } = require('./fixtures/common');
setup('errors-truncate');
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
  ['missing'],
  ['dir'],
];
(async () => {
  for (const args of cases) {
    const label = args.map((a) => JSON.stringify(a)).join(', ');
    try { fs.truncateSync(...args); show('sync', label, null); } catch (e) { show('sync', label, e); }
    await new Promise((resolve) => fs.truncate(...args, (e) => { show('cb', label, e); resolve(); }));
    await fs.promises.truncate(...args).then(() => show('promise', label, null), (e) => show('promise', label, e));
  }
})();
