// Each interval run's immediate runs before the next interval run.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  setImmediate(() => console.log('  immediate after interval', n));
  if (n === 3) clearInterval(iv);
}, 1);
