// Microtasks queued in an 'exit' listener during process.exit(): observe whether they run.
process.on('exit', (code) => {
  console.log('exit', code);
  Promise.resolve().then(() => console.log('promise in exit listener under process.exit(): never'));
  process.nextTick(() => console.log('tick in exit listener: never'));
});
setTimeout(() => process.exit(0), 1);
