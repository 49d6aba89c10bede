// await continuations are microtasks: they run after pending ticks.
async function f(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'after await 1');
  process.nextTick(() => console.log(name, 'tick inside'));
  await null;
  console.log(name, 'after await 2');
}
process.nextTick(() => console.log('tick main'));
f('f1');
f('f2');
Promise.resolve().then(() => console.log('plain then'));
console.log('main end');
