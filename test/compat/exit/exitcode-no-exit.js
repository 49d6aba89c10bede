// process.exitCode = 5 with a natural exit gives status 5.
process.exitCode = 5;
setTimeout(() => console.log('timer runs, code still', process.exitCode), 1);
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
