// beforeExit can schedule more work; it is emitted again when the loop empties.
let count = 0;
process.on('beforeExit', (code) => {
  count++;
  console.log('beforeExit', count, 'code', code);
  if (count < 3) {
    setTimeout(() => console.log('timer from beforeExit', count), 1);
    process.nextTick(() => console.log('tick from beforeExit', count));
  }
});
process.on('exit', (code) => console.log('exit', code, 'beforeExit count', count));
console.log('main end');
