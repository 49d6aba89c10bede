// A sync generator driven from ticks and microtasks.
function* steps() {
  console.log('step 1');
  yield 1;
  console.log('step 2');
  yield 2;
  console.log('step 3');
  return 3;
}
const it = steps();
process.nextTick(() => console.log('tick got', it.next().value));
Promise.resolve().then(() => console.log('promise got', it.next().value));
setImmediate(() => console.log('immediate got', JSON.stringify(it.next())));
setImmediate(() => setImmediate(() => console.log('second immediate got', JSON.stringify(it.next()))));
console.log('main got', it.next().value);
