// 1e6 setImmediate callbacks, chained so the queue stays short.
let n = 0;
function next() {
  if (++n < 1e6) setImmediate(next);
}
setImmediate(next);
process.on('exit', () => { if (n !== 1e6) throw new Error(`ran ${n}`); });
