// A throw in a nested nextTick exits with 1; queued ticks after it do not run.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => {
  console.log('outer tick');
  process.nextTick(() => {
    console.log('inner tick throws');
    throw new Error('inner');
  });
  process.nextTick(() => console.log('sibling tick: never'));
});
Promise.resolve().then(() => console.log('promise: never'));
