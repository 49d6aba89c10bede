// timers/promises with ref: false do not keep the process alive.
const tp = require('timers/promises');
process.on('exit', () => console.log('exit before unref timers fired'));
tp.setTimeout(100000, 'never', { ref: false }).then(() => console.log('timeout resolved'));
tp.setImmediate('imm', { ref: false }).then(() => console.log('unref immediate still runs this turn'));
(async () => {
  const it = tp.setInterval(100000, 'never', { ref: false });
  it.next().then(() => console.log('interval resolved'));
})();
console.log('sync end');
