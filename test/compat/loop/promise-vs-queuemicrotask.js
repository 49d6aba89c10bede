// Promise reactions and queueMicrotask share one FIFO queue.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('qm 2'));
Promise.resolve().then(() => console.log('then 2'));
Promise.resolve()
  .then(() => console.log('chain a1'))
  .then(() => console.log('chain a2'))
  .then(() => console.log('chain a3'));
queueMicrotask(() => {
  console.log('qm 3');
  queueMicrotask(() => console.log('qm 3 nested'));
});
console.log('main end');
