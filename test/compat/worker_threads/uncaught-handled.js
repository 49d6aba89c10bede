// A worker with an 'uncaughtException' listener handles its own errors and keeps running.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('uncaughtException', (e, origin) => parentPort.postMessage('caught ' + e.message + ' ' + origin));
  setTimeout(() => parentPort.postMessage('still alive'), 20);
  throw new Error('oops');
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('error', (e) => console.log('error event', e.message));
w.on('exit', (c) => console.log('exit', c));
