// An immediate queued from a tick inside an immediate runs in the next iteration.
setImmediate(() => {
  console.log('A');
  process.nextTick(() => {
    console.log('A > tick');
    setImmediate(() => console.log('A > tick > immediate'));
  });
  Promise.resolve().then(() => {
    console.log('A > promise');
    setImmediate(() => console.log('A > promise > immediate'));
  });
});
setImmediate(() => console.log('B'));
