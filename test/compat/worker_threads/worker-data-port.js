// workerData may carry a MessagePort when it is listed in transferList.
const { Worker, MessageChannel, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename, { workerData: { port: port2, tag: 'wd' }, transferList: [port2] });
  port1.on('message', (m) => {
    console.log('port1', m);
    port1.close();
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  workerData.port.postMessage(`hello from worker with ${workerData.tag}`);
  workerData.port.close();
}
