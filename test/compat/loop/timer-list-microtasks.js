// Ticks and microtasks run between each timer callback of the same list.
for (let i = 1; i <= 3; i++) {
  setTimeout(() => {
    console.log('timeout', i);
    process.nextTick(() => console.log('  tick from timeout', i));
    Promise.resolve().then(() => console.log('  promise from timeout', i));
    queueMicrotask(() => console.log('  microtask from timeout', i));
  }, 1);
}
console.log('main end');
