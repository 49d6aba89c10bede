'use strict';
// getPriority/setPriority on this process and their argument validation.
const os = require('os');

console.log(os.getPriority(), os.getPriority(0) === os.getPriority(process.pid));
os.setPriority(os.getPriority());
os.setPriority(0, os.getPriority(0));
const bad = [() => os.setPriority('x'), () => os.setPriority(0, 100), () => os.setPriority(0, -21), () => os.setPriority(-1.5),
  () => os.setPriority(0, 'a'), () => os.getPriority('a'), () => os.getPriority(1.5), () => os.setPriority(2 ** 32, 0),
  () => os.getPriority(null), () => os.setPriority(0, NaN)];
for (const f of bad) {
  try { f(); console.log('no error'); } catch (err) { console.log(err.name, err.code, err.message); }
}
