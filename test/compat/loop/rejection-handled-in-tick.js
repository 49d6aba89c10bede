// A rejection handled in a tick or microtask of the same turn is not unhandled.
const p1 = Promise.reject(new Error('one'));
const p2 = Promise.reject(new Error('two'));
process.nextTick(() => p1.catch((e) => console.log('caught in tick:', e.message)));
Promise.resolve().then(() => p2.catch((e) => console.log('caught in microtask:', e.message)));
process.on('unhandledRejection', (r) => console.log('unhandled (should not happen):', r.message));
setTimeout(() => console.log('timer ran, exit normally'), 1);
