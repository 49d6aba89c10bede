// A throw inside queueMicrotask is an uncaught exception (not a rejection).
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
process.on('unhandledRejection', () => console.log('unhandledRejection: never'));
queueMicrotask(() => { throw new Error('qm'); });
queueMicrotask(() => console.log('next microtask still runs'));
process.on('exit', (code) => console.log('exit', code));
