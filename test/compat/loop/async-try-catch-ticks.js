// Awaiting rejected promises inside try/catch, mixed with ticks.
async function f() {
  try {
    process.nextTick(() => console.log('tick before await'));
    await Promise.reject(new Error('first'));
  } catch (e) {
    console.log('caught', e.message);
  }
  try {
    await new Promise((_, rej) => setTimeout(() => rej(new Error('from timer')), 1));
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    console.log('finally');
  }
  return 'done';
}
f().then((v) => console.log('result', v));
Promise.resolve().then(() => console.log('other promise'));
