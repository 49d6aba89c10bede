// process.exit(n) in a worker ends only the worker, with that code; nothing after it runs.
const { Worker } = require('worker_threads');
const codes = [0, 3, 42];
let i = 0;
function next() {
  if (i === codes.length) {
    console.log('main still running');
    return;
  }
  const code = codes[i++];
  const w = new Worker(`process.on('exit', (c) => require('worker_threads').parentPort.postMessage('exit event ' + c));
    process.exit(${code}); require('worker_threads').parentPort.postMessage('not reached');`, { eval: true });
  w.on('message', (m) => console.log('message', m));
  w.on('exit', (c) => { console.log('exit', c); next(); });
}
next();
