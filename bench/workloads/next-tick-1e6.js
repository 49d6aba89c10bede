// 1e6 process.nextTick callbacks, chained.
let n = 0;
function next() {
  if (++n < 1e6) process.nextTick(next);
}
process.nextTick(next);
process.on('exit', () => { if (n !== 1e6) throw new Error(`ran ${n}`); });
