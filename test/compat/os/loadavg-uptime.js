'use strict';
// loadavg() and uptime() shapes.
const os = require('os');

const l = os.loadavg();
console.log(Array.isArray(l), l.length, l.every((x) => typeof x === 'number' && x >= 0));
console.log(typeof os.uptime(), os.uptime() > 0);
