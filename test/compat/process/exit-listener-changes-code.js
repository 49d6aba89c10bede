// An 'exit' listener can change process.exitCode to alter the final status.
process.on('exit', (code) => {
  console.log('first listener sees', code);
  process.exitCode = 4;
});
process.on('exit', (code) => console.log('second listener arg still', code, 'exitCode now', process.exitCode));
console.log('main end');
