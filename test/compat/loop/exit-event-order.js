// 'exit' listeners run in registration order; async work in them never runs.
process.on('exit', (code) => {
  console.log('exit listener 1, code', code);
  setTimeout(() => console.log('timeout in exit: never'), 0);
  setImmediate(() => console.log('immediate in exit: never'));
  process.nextTick(() => console.log('tick in exit: never'));
  Promise.resolve().then(() => console.log('promise in exit: runs (microtasks drain after exit listeners)'));
});
process.on('exit', () => console.log('exit listener 2'));
process.prependListener('exit', () => console.log('exit listener 0 (prepended)'));
process.on('beforeExit', () => console.log('beforeExit'));
setTimeout(() => console.log('last timer'), 1);
console.log('main end');
