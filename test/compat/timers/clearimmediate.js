// clearImmediate before it runs, from another immediate, and twice.
const a = setImmediate(() => console.log('a should not run'));
clearImmediate(a);
clearImmediate(a);
let c;
setImmediate(() => {
  console.log('b runs, clears c');
  clearImmediate(c);
  const d = setImmediate(() => console.log('d should not run'));
  process.nextTick(() => clearImmediate(d));
  setImmediate(() => console.log('e runs next iteration'));
});
c = setImmediate(() => console.log('c should not run'));
setImmediate(function () { console.log('f runs'); clearImmediate(this); });
process.on('exit', () => console.log('exit'));
