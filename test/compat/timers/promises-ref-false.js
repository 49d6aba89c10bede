// ref:false timers/promises operations do not keep the process alive.
const tp = require('timers/promises');
tp.setTimeout(20, 'x', { ref: false }).then((v) => console.log('should not resolve', v));
(async () => {
  for await (const v of tp.setInterval(20, 'iv', { ref: false })) console.log('should not iterate', v);
})();
process.on('exit', () => console.log('exited without waiting'));
console.log('main end');
