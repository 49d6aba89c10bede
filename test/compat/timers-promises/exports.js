// node:timers/promises exports and its link from node:timers.
const tp = require('timers/promises');
console.log(Object.keys(tp).join(','));
console.log(require('node:timers/promises') === tp, require('timers').promises === tp);
console.log(tp.setTimeout.name, tp.setTimeout.length, tp.setImmediate.name, tp.setImmediate.length,
            tp.setInterval.name, tp.setInterval.length);
console.log(Object.prototype.toString.call(tp.setInterval), typeof tp.scheduler, String(tp.scheduler));
