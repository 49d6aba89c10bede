// A tour of what cnode runs today: timers, ticks, promises, process and console.
const start = process.hrtime.bigint();

console.log(`Hello from cnode (Node ${process.version} compatible) on ${process.platform}/${process.arch}`);

process.nextTick(() => console.log('2. process.nextTick runs before promise jobs'));
Promise.resolve().then(() => console.log('3. then promise jobs'));
setTimeout(() => console.log('5. timers phase'), 0);
setImmediate(() => console.log('6. check phase (setImmediate)'));
console.log('1. synchronous code first');
queueMicrotask(() => console.log('4. queueMicrotask is a promise job too'));

const interval = setInterval(() => {
  interval.count = (interval.count || 0) + 1;
  if (interval.count === 3) {
    clearInterval(interval);
    console.log('7. interval ran 3 times');
    console.log({ argv: process.argv.length, pid: typeof process.pid, nested: { a: [1, 2, { b: 'c' }] } });
  }
}, 5);

process.on('exit', (code) => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`8. exit event with code ${code} after ${ms >= 0 ? 'some' : 'no'} milliseconds`);
});
