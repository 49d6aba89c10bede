// A worker can start its own worker; messages are relayed up to the main thread.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { depth: 1 } });
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', (c) => console.log('exit', c));
} else if (workerData.depth < 3) {
  const w = new Worker(__filename, { workerData: { depth: workerData.depth + 1 } });
  w.on('message', (m) => parentPort.postMessage(`relay${workerData.depth}(${m})`));
  w.on('exit', (c) => parentPort.postMessage(`child of ${workerData.depth} exited ${c}`));
} else {
  parentPort.postMessage(`leaf at depth ${workerData.depth}`);
}
