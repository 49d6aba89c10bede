// console output of a worker goes to the process's stdout, before the worker's 'exit'.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('exit', (c) => console.log('main: worker exited', c));
} else {
  console.log('worker: line 1');
  process.stdout.write('worker: line 2\n');
  console.log('worker: %s %d', 'formatted', 42);
}
