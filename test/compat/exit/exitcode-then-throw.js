// An uncaught throw overrides a previously set exitCode with 1.
process.exitCode = 5;
process.on('exit', (code) => console.log('exit', code, 'exitCode', process.exitCode));
setTimeout(() => { throw new Error('late'); }, 1);
