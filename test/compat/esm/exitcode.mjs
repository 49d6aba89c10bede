// process.exitCode and process.exit from an ES module; beforeExit fires.
process.exitCode = 3;
process.on('beforeExit', (c) => console.log('beforeExit', c));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => console.log('timer'), 1);
