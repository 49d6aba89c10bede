'use strict';
// freemem/totalmem types and relationship.
const os = require('os');

const free = os.freemem(), total = os.totalmem();
console.log(typeof free, typeof total, Number.isInteger(total), free > 0, total > 0, free <= total);
