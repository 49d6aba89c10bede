// Immediates run after ticks and microtasks of the main script.
setImmediate(() => console.log('immediate 1'));
setImmediate(() => console.log('immediate 2'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('microtask'));
console.log('main end');
