// argv and execArgv options shape process.argv / process.execArgv in the worker.
const path = require('path');
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { argv: ['one', 2, true], execArgv: [] });
  w.on('message', (m) => console.log(m));
  w.on('exit', () => {
    const w2 = new Worker('require("worker_threads").parentPort.postMessage([process.argv.length, process.argv[1]])', { eval: true });
    w2.on('message', (m) => console.log('eval', m));
  });
} else {
  parentPort.postMessage([path.basename(process.argv[1]), process.argv.slice(2), process.execArgv, process.argv[0] === process.execPath]);
}
