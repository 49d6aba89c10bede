// Timers and immediates scheduled from ticks and microtasks of the main script.
process.nextTick(() => {
  console.log('tick');
  setImmediate(() => console.log('immediate from tick'));
  setTimeout(() => console.log('timeout from tick'), 20);
});
Promise.resolve().then(() => {
  console.log('promise');
  setImmediate(() => console.log('immediate from promise'));
  setTimeout(() => console.log('timeout from promise'), 20);
});
setImmediate(() => console.log('immediate from main'));
setTimeout(() => console.log('timeout from main'), 20);
