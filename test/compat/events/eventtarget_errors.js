// exceptions thrown by EventTarget listeners are reported as uncaught, asynchronously
process.on('uncaughtException', (err, origin) => console.log('uncaught:', err.message, origin));
const t = new EventTarget();
t.addEventListener('x', () => { throw new Error('sync boom'); });
t.addEventListener('x', () => console.log('second listener still runs'));
t.addEventListener('x', async () => { throw new Error('async boom'); });
t.addEventListener('x', { handleEvent() { throw new Error('handleEvent boom'); } });
t.addEventListener('x', () => ({ then(res, rej) { rej(new Error('thenable boom')); } }));
console.log('dispatch returned', t.dispatchEvent(new Event('x')));
console.log('after dispatch (sync)');
process.nextTick(() => console.log('nextTick queued after dispatch'));
Promise.resolve().then(() => console.log('microtask'));
const t2 = new EventTarget();
t2.addEventListener('y', () => { throw 'a string'; });
t2.dispatchEvent(new Event('y'));
