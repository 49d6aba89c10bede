// timers/promises scheduler.wait and scheduler.yield.
const { scheduler } = require('timers/promises');
console.log('typeof scheduler', typeof scheduler, typeof scheduler.wait, typeof scheduler.yield);
(async () => {
  console.log('wait value', await scheduler.wait(2));
  setImmediate(() => console.log('immediate before yield resolves'));
  process.nextTick(() => console.log('tick before yield resolves'));
  const y = scheduler.yield();
  console.log('yield returns promise', y instanceof Promise);
  console.log('yield value', await y);
  const order = [];
  await Promise.all([scheduler.wait(10).then(() => order.push('wait10')), scheduler.wait(1).then(() => order.push('wait1'))]);
  console.log('order', order.join(','));
})();
