// process.exit(4) inside the uncaughtException handler sets the status.
process.on('uncaughtException', (err) => {
  console.log('handler:', err.message);
  process.exit(4);
});
process.on('exit', (code) => console.log('exit', code));
queueMicrotask(() => { throw new Error('from microtask'); });
