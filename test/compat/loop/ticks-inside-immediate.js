// Inside an immediate: ticks and microtasks, plus new timers and immediates.
setImmediate(() => {
  console.log('immediate A');
  process.nextTick(() => console.log('A tick'));
  queueMicrotask(() => {
    console.log('A microtask');
    process.nextTick(() => console.log('A microtask > tick'));
  });
  setImmediate(() => console.log('A > immediate (next iteration)'));
});
setImmediate(() => {
  console.log('immediate B');
  Promise.resolve().then(() => console.log('B promise'));
});
