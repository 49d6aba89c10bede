// clearInterval(this) inside the callback stops the interval.
let n = 0;
setInterval(function () {
  n++;
  console.log('run', n);
  if (n === 3) clearInterval(this);
}, 2);
process.on('exit', () => console.log('exit after', n, 'runs'));
