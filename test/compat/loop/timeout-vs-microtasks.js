// Timers run after the main script's ticks and microtasks.
setTimeout(() => console.log('timeout 0'), 0);
setTimeout(() => console.log('timeout 1'), 1);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('microtask'));
(async () => { await null; console.log('await'); })();
console.log('main end');
