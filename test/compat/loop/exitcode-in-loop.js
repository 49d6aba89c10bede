// process.exitCode set inside a callback becomes the exit status.
setImmediate(() => {
  console.log('exitCode in immediate', process.exitCode);
  setTimeout(() => {
    process.exitCode = 6;
    console.log('set exitCode to', process.exitCode);
  }, 1);
});
process.on('exit', (code) => console.log('exit with', code, process.exitCode));
