// cpuUsage and cpuUsage(prev).
const a = process.cpuUsage();
console.log('keys', Object.keys(a).join(','), 'types', typeof a.user, typeof a.system);
console.log('non-negative', a.user >= 0 && a.system >= 0);
let x = 0; for (let i = 0; i < 2e6; i++) x += i;
const d = process.cpuUsage(a);
console.log('diff keys', Object.keys(d).join(','), 'non-negative', d.user >= 0 && d.system >= 0);
const b = process.cpuUsage();
console.log('monotonic', b.user + b.system >= a.user + a.system);
for (const bad of [1, { user: -1, system: 0 }, { user: 'a', system: 0 }, { user: 0 }, { user: 0, system: NaN }, { user: 0, system: Infinity }]) {
  try { process.cpuUsage(bad); console.log('accepted'); } catch (e) { console.log(e.name, e.code, '|', e.message); }
}
