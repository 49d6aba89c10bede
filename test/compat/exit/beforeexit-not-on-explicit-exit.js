// beforeExit is not emitted for process.exit() or for an uncaught exception.
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('calling process.exit(0)');
  process.exit(0);
}, 1);
