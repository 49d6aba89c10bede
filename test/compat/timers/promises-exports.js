// timers/promises module shape.
const tp = require('timers/promises');
console.log(Object.keys(tp).sort().join(','));
for (const k of ['setTimeout', 'setImmediate', 'setInterval']) console.log(k, typeof tp[k], tp[k] !== globalThis[k]);
console.log('node: prefix same', require('node:timers/promises') === tp);
console.log('scheduler class', tp.scheduler.constructor.name);
