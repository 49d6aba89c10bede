// A tick queued from a microtask runs only after the microtask queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise from promise 1'));
});
Promise.resolve().then(() => {
  console.log('promise 2');
  process.nextTick(() => {
    console.log('tick from promise 2');
    Promise.resolve().then(() => console.log('promise from tick from promise 2'));
  });
});
queueMicrotask(() => {
  console.log('qm 1');
  process.nextTick(() => console.log('tick from qm 1'));
});
console.log('main end');
