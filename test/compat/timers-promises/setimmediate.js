// timers/promises setImmediate resolves after the current phase, before timers set later.
const tp = require('timers/promises');
const order = [];
tp.setImmediate('imm').then((v) => order.push(v));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));
order.push('sync');
setImmediate(() => order.push('cb-imm'));
(async () => {
  console.log('value', await tp.setImmediate('x'));
  console.log('undefined', await tp.setImmediate());
  console.log(order.join(','));
  const ac = new AbortController();
  const p = tp.setImmediate('v', { signal: ac.signal });
  ac.abort('stop');
  await p.then(console.log, (e) => console.log(e.name, e.code, e.cause));
  await tp.setImmediate('v', { signal: AbortSignal.abort('pre') }).then(console.log, (e) => console.log(e.name, e.cause));
  console.log('with ref true', await tp.setImmediate('r', { ref: true }));
})();
