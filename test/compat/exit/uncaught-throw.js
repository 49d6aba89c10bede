// An uncaught throw in the main script exits with 1; earlier stdout is kept.
console.log('before throw');
process.on('exit', (code) => console.log('exit listener code', code));
setTimeout(() => console.log('timer: never'), 1);
throw new Error('boom');
