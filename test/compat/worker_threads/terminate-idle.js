// terminate() stops a worker waiting on timers and on its parentPort.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});
  setInterval(() => {}, 1000);
  parentPort.postMessage('ready');
`, { eval: true });
w.once('message', (m) => {
  console.log('message', m);
  w.terminate().then((code) => {
    console.log('resolved', code);
    return w.terminate();
  }).then((again) => console.log('second terminate', again));
});
w.on('exit', (c) => console.log('exit', c));
