// Throwing null from a tick exits with 1.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => {
  console.log('tick throws null');
  throw null;
});
