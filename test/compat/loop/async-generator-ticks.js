// An async generator consumed with for-await, interleaved with ticks and promises.
async function* gen() {
  for (let i = 0; i < 3; i++) {
    console.log('gen yield', i);
    process.nextTick(() => console.log('tick from gen', i));
    yield i;
  }
  console.log('gen done');
}
(async () => {
  for await (const v of gen()) {
    console.log('got', v);
  }
  console.log('loop done');
})();
Promise.resolve().then(() => console.log('outer promise 1')).then(() => console.log('outer promise 2'));
process.nextTick(() => console.log('outer tick'));
console.log('main end');
