// A throw inside a timer callback exits with 1; later timers do not run.
console.log('main');
setTimeout(() => {
  console.log('timer 1');
  throw new TypeError('from timer');
}, 1);
setTimeout(() => console.log('timer 2: never'), 10);
process.on('exit', (code) => console.log('exit', code));
