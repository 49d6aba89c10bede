// uid/gid getters.
for (const f of ['getuid', 'geteuid', 'getgid', 'getegid']) {
  const v = process[f]();
  console.log(f, typeof v, Number.isInteger(v) && v >= 0);
}
const g = process.getgroups();
console.log('getgroups array', Array.isArray(g), g.every((n) => Number.isInteger(n)));
console.log('uid === euid', process.getuid() === process.geteuid());
