// Module-level values in the main thread and in a worker.
const wt = require('worker_threads');
if (wt.isMainThread) {
  console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits);
  console.log(wt.isInternalThread, JSON.stringify(wt.threadName));
  console.log(Object.keys(wt).sort().join(','));
  const w = new wt.Worker(__filename, { workerData: 'data' });
  w.on('message', (m) => console.log('worker', m));
  w.on('exit', () => {
    const named = new wt.Worker('const wt = require("worker_threads"); wt.parentPort.postMessage(wt.threadName)', { eval: true, name: 'my-worker' });
    named.on('message', (m) => console.log('named', m));
  });
} else {
  wt.parentPort.postMessage([wt.isMainThread, wt.threadId > 0, wt.workerData, typeof wt.parentPort.postMessage,
    wt.parentPort.constructor.name, require('worker_threads') === wt]);
}
