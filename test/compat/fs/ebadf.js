// Every fd-taking call on a closed descriptor fails with EBADF (sync and callback forms).
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('ebadf');
fs.writeFileSync('f', 'x');
// The largest int32 is never an open descriptor; a just-closed fd number can be reused by a
// runtime thread before the calls below run (reference Node did so under load).
const fd = 2147483647;
const buf = Buffer.alloc(1);
const calls = {
  close: [], fstat: [], read: [buf, 0, 1, 0], write: [buf, 0, 1, 0], readv: [[buf]], writev: [[buf]],
  fsync: [], fdatasync: [], ftruncate: [0], fchmod: [0o644], fchown: [0, 0], futimes: [1, 1],
};
(async () => {
  for (const [name, args] of Object.entries(calls)) {
    try { fs[`${name}Sync`](fd, ...args); console.log(name, 'sync ok'); } catch (e) { console.log(name, 'sync', fmt(e)); }
    await new Promise((resolve) => fs[name](fd, ...args, (err) => { console.log(name, 'cb', fmt(err)); resolve(); }));
  }
  try { fs.readFileSync(fd); } catch (e) { console.log('readFileSync', fmt(e)); }
  try { fs.writeFileSync(fd, 'x'); } catch (e) { console.log('writeFileSync', fmt(e)); }
})();
