// A throw inside the 'uncaughtException' handler exits with 7.
process.on('uncaughtException', (err) => {
  console.log('handler got', err.message);
  throw new Error('handler failed');
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer: never'), 1);
throw new Error('original');
