// timers/promises scheduler: wait(delay) and yield(); cannot be constructed or rebound.
const { scheduler } = require('timers/promises');
(async () => {
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)).join(','));
  console.log(scheduler.constructor.name, Object.keys(scheduler).length);
  console.log('wait', await scheduler.wait(2));
  console.log('yield', await scheduler.yield());
  const order = [];
  // Delays well apart so a slow (sanitizer) build cannot let a timer lapse before yield runs.
  const a = scheduler.wait(60).then(() => order.push('wait60'));
  const b = scheduler.yield().then(() => order.push('yield'));
  const c = scheduler.wait(30).then(() => order.push('wait30'));
  await Promise.all([a, b, c]);
  console.log(order.join(','));
  await scheduler.wait(1, { signal: AbortSignal.abort('s') }).catch((e) => console.log(e.name, e.cause));
  try { new scheduler.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { scheduler.wait.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { scheduler.yield.call(undefined); } catch (e) { console.log('undefined this', e.name); }
  try { scheduler.yield.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
  for (const args of [['x'], [1, 1], [1, null], [1, { signal: 1 }]]) {
    await scheduler.wait(...args).then(() => console.log('ok'), (e) => console.log(e.name, e.code, e.message));
  }
})();
