// events.addAbortListener
const { addAbortListener } = require('events');
const ac = new AbortController();
const order = [];
ac.signal.addEventListener('abort', (e) => { order.push('plain'); e.stopImmediatePropagation(); });
const disposable = addAbortListener(ac.signal, (...args) => order.push('abort listener args=' + args.length));
console.log(typeof disposable, Object.getPrototypeOf(disposable), typeof disposable[Symbol.dispose], Object.keys(disposable));
ac.abort();
console.log(order, 'runs despite stopImmediatePropagation');
// already aborted: called on a microtask
const log = [];
addAbortListener(AbortSignal.abort(), () => log.push('pre-aborted listener'));
log.push('sync after add');
queueMicrotask(() => log.push('microtask queued after'));
process.nextTick(() => log.push('nextTick'));
setTimeout(() => console.log(log), 0);
// dispose removes the listener
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('should not run'));
d2[Symbol.dispose]();
d2[Symbol.dispose]();
ac2.abort();
console.log('disposed listener did not run');
// only once
const ac3 = new AbortController();
let n = 0;
addAbortListener(ac3.signal, () => n++);
ac3.abort();
ac3.abort();
console.log('called', n);
for (const [s, l] of [[undefined, () => {}], [null, () => {}], [{}, () => {}], [new AbortController().signal, undefined], [new AbortController().signal, 'x']]) {
  try { addAbortListener(s, l); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
