// beforeExit receives process.exitCode.
process.exitCode = 3;
process.once('beforeExit', (code) => {
  console.log('beforeExit code', code);
  process.exitCode = 4;
  setImmediate(() => console.log('immediate from beforeExit'));
});
process.on('exit', (code) => console.log('exit code', code));
