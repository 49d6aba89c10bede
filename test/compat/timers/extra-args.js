// Extra arguments are passed to timer callbacks.
setTimeout((a, b, c) => console.log('timeout', a, b, JSON.stringify(c)), 1, 'x', 2, [3]);
setTimeout(function () { console.log('timeout argc', arguments.length); }, 1);
setTimeout((...args) => console.log('timeout many', args.length, args.join('|')), 1, 1, 2, 3, 4, 5, 6, 7);
let n = 0;
const iv = setInterval((a, b) => {
  console.log('interval', a, b);
  if (++n === 2) {
    clearInterval(iv);
    setImmediate((a, b) => console.log('immediate', a, b), 'i1', 'i2');
    setImmediate(function () { console.log('immediate argc', arguments.length); });
    setImmediate((...args) => console.log('immediate many', args.join('|')), 1, 2, 3, 4, 5);
    setImmediate(function (u) { console.log('immediate undefined arg', u, arguments.length); }, undefined);
  }
}, 1, 'p', 'q');
process.nextTick((a, b) => console.log('tick', a, b), 't1', 't2');
