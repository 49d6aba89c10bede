// Microtasks queued from ticks run after every queued tick (including nested ones).
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick from tick 1'));
});
process.nextTick(() => {
  console.log('tick 2');
  queueMicrotask(() => {
    console.log('qm from tick 2');
    process.nextTick(() => console.log('tick from qm from tick 2'));
  });
});
console.log('main end');
