// A rejected top-level await ends the process like an uncaught exception.
console.log('before');
process.on('exit', (c) => console.log('exit', c));
await Promise.reject(new Error('tla rejected'));
console.log('never');
