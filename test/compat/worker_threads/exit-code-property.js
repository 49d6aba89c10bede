// process.exitCode in a worker becomes the worker's exit code when it ends normally.
const { Worker } = require('worker_threads');
const w = new Worker('process.exitCode = 9;', { eval: true });
w.on('exit', (c) => {
  console.log('exit', c);
  const w2 = new Worker('setTimeout(() => { process.exitCode = 4; }, 10);', { eval: true });
  w2.on('exit', (c2) => console.log('exit2', c2));
});
