// process.exit() inside beforeExit: exit listeners run once, no further beforeExit.
let n = 0;
process.on('beforeExit', () => {
  n++;
  console.log('beforeExit', n);
  setTimeout(() => console.log('timer: never'), 1);
  process.exit(2);
});
process.on('exit', (code) => console.log('exit', code, 'beforeExit count', n));
console.log('main end');
