'use strict';
// os.cpus() entry shape and types.
const os = require('os');

const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism() || cpus.length > 0);
for (const c of cpus.slice(0, 1)) {
  console.log(Object.keys(c), Object.keys(c.times), typeof c.model, typeof c.speed);
  console.log(Object.values(c.times).every((t) => typeof t === 'number' && t >= 0));
}
