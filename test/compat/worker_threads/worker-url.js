// A worker can be started from a file: URL object.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const { pathToFileURL } = require('url');
if (isMainThread) {
  const w = new Worker(pathToFileURL(__filename));
  w.on('message', (m) => console.log('message', m));
  w.on('exit', (c) => console.log('exit', c));
} else {
  parentPort.postMessage('started from URL');
}
