// A throw inside an immediate exits with 1 before the next immediate.
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick from immediate 1: never'));
  throw new RangeError('from immediate');
});
setImmediate(() => console.log('immediate 2: never'));
process.on('exit', (code) => console.log('exit', code));
