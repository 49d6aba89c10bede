// timers/promises resolutions interleave with callback timers like their callback forms
// (scheduled from inside a timer, where the order is deterministic).
const tp = require('timers/promises');
const log = [];
setTimeout(() => {
  setTimeout(() => log.push('cb timeout 1'), 1);
  tp.setTimeout(1, 'p timeout 1').then((v) => log.push(v));
  setImmediate(() => log.push('cb immediate'));
  tp.setImmediate('p immediate').then((v) => log.push(v));
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('micro'));
  tp.setTimeout(5, 'p timeout 5').then((v) => {
    log.push(v);
    console.log(log.join('\n'));
  });
}, 1);
