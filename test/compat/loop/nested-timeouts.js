// Nested setTimeout chains and interleaved immediates.
setTimeout(() => {
  console.log('t1');
  setTimeout(() => {
    console.log('t1 > t2');
    setTimeout(() => console.log('t1 > t2 > t3'), 0);
    setImmediate(() => console.log('t1 > t2 > immediate'));
  }, 0);
  setImmediate(() => console.log('t1 > immediate'));
}, 0);
