// Parent and worker exchange messages back and forth until a count is reached.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => {
    console.log('parent got', m);
    if (m.n >= 5) w.postMessage({ stop: true });
    else w.postMessage({ n: m.n + 1 });
  });
  w.on('exit', (c) => console.log('exit', c));
  w.postMessage({ n: 0 });
} else {
  parentPort.on('message', (m) => {
    if (m.stop) {
      parentPort.close();
      return;
    }
    parentPort.postMessage({ n: m.n + 1 });
  });
}
