// clearTimeout and clearInterval are interchangeable; clearing twice is fine; clearTimeout ignores immediates.
const a = setTimeout(() => console.log('a should not run'), 1);
clearInterval(a);
const b = setInterval(() => console.log('b should not run'), 1);
clearTimeout(b);
clearTimeout(b);
clearInterval(b);
setTimeout(() => {
  console.log('c runs');
  const im = setImmediate(() => console.log('immediate survives clearTimeout/clearInterval'));
  clearTimeout(im);
  clearInterval(im);
  const im2 = setImmediate(() => console.log('im2 should not run'));
  clearImmediate(im2);
  clearImmediate(im2);
  const t = setTimeout(() => console.log('t should not run'), 1);
  clearTimeout(t);
}, 2);
