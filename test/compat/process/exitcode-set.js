// process.exitCode determines the status of a normal exit.
console.log('initial', process.exitCode);
process.exitCode = 9;
console.log('set to', process.exitCode);
process.on('exit', (code) => {
  console.log('exit listener code', code, 'exitCode', process.exitCode);
});
setTimeout(() => console.log('timer still runs'), 1);
