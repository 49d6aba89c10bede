// setInterval runs until cleared from its own callback.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval run', n);
  process.nextTick(() => console.log('  tick after run', n));
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared');
    setImmediate(() => console.log('immediate after clear, n =', n));
  }
}, 1);
process.on('exit', () => console.log('exit, runs =', n));
