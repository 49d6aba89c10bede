// AsyncLocalStorage propagates through ticks, timers, immediates, microtasks and then().
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage({ defaultValue: 'dflt' });
console.log('outside', als.getStore(), other.getStore());
for (const id of [1, 2]) {
  als.run({ id }, () => {
    process.nextTick(() => console.log('tick', id, als.getStore().id));
    setTimeout(() => console.log('timeout', id, als.getStore().id), 1);
    setImmediate(() => console.log('immediate', id, als.getStore().id));
    queueMicrotask(() => console.log('microtask', id, als.getStore().id));
    Promise.resolve().then(() => console.log('then', id, als.getStore().id))
      .then(() => console.log('then2', id, als.getStore().id));
    als.exit(() => console.log('exit', id, als.getStore()));
    other.run('o', () => console.log('nested', id, als.getStore().id, other.getStore()));
  });
}
console.log('after run', als.getStore());
const bound = AsyncLocalStorage.bind(() => als.getStore());
als.run('x', () => {
  const snap = AsyncLocalStorage.snapshot();
  als.run('y', () => console.log('snapshot', snap(() => als.getStore()), als.getStore()));
});
console.log('bound outside', bound());
als.enterWith('entered');
console.log('enterWith', als.getStore());
setTimeout(() => console.log('enterWith timeout', als.getStore()), 30);
