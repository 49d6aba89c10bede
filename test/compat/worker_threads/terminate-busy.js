// terminate() stops a worker that is busy in an endless loop; the promise gives the exit code.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('spinning');
  let n = 0;
  for (;;) { n++; }
`, { eval: true });
w.on('message', async (m) => {
  console.log('message', m);
  const code = await w.terminate();
  console.log('terminate resolved', code);
});
w.on('exit', (c) => console.log('exit', c));
