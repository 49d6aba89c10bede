// Ticks and microtasks run between each immediate callback.
for (let i = 1; i <= 3; i++) {
  setImmediate(() => {
    console.log('immediate', i);
    Promise.resolve().then(() => console.log('  promise from immediate', i));
    process.nextTick(() => console.log('  tick from immediate', i));
  });
}
console.log('main end');
