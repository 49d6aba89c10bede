// finally() passes values through and adds its own turns.
Promise.resolve(1)
  .finally(() => console.log('finally 1'))
  .then((v) => console.log('after finally value', v));
Promise.reject(new Error('r'))
  .finally(() => console.log('finally 2'))
  .catch((e) => console.log('after finally error', e.message));
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'))
  .then(() => console.log('p4'));
process.nextTick(() => console.log('tick'));
