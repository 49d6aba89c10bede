// A throw inside an 'exit' listener: exit code 1, later listeners skipped.
process.on('exit', () => {
  console.log('exit listener throws');
  throw new Error('in exit');
});
process.on('exit', () => console.log('second listener: never'));
console.log('main done');
