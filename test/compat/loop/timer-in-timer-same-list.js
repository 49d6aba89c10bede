// A timer created inside a callback of the list goes to the end of the list and does not run in the same pass.
setTimeout(() => {
  console.log('a');
  setTimeout(() => console.log('a > nested (1)'), 1);
  process.nextTick(() => console.log('a > tick'));
}, 1);
setTimeout(() => console.log('b'), 1);
setTimeout(() => console.log('c'), 1);
