// Immediates queued while the check phase runs wait for the next loop iteration.
setImmediate(() => {
  console.log('A');
  setImmediate(() => {
    console.log('C (queued by A)');
    setImmediate(() => console.log('E (queued by C)'));
  });
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('D (queued by B)'));
});
console.log('main end');
