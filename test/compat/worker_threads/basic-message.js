// A worker started from this file receives workerData and posts messages back.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  console.log('main', isMainThread, threadId, parentPort, workerData);
  const w = new Worker(__filename, { workerData: { n: 21, list: [1, 'two', null] } });
  console.log('threadId', w.threadId);
  w.on('online', () => console.log('online'));
  w.on('message', (m) => console.log('message', m));
  w.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.postMessage({ doubled: workerData.n * 2, list: workerData.list, threadId, isMainThread });
  parentPort.postMessage('second');
}
