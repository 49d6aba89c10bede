// An interval cleared from an immediate after its first run runs only once.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval run', n);
  setImmediate(() => {
    clearInterval(iv);
    console.log('cleared from immediate');
  });
}, 1);
process.on('exit', () => console.log('total runs', n));
