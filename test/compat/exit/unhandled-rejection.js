// An unhandled rejection exits with 1 after the current microtasks; timers do not run.
console.log('main');
Promise.reject(new Error('rejected'));
process.nextTick(() => console.log('tick runs first'));
Promise.resolve().then(() => console.log('microtask runs first'));
setTimeout(() => console.log('timer: never'), 1);
process.on('exit', (code) => console.log('exit', code));
