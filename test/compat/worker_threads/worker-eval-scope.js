// Eval workers run as CommonJS code with require, module and __filename.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage([typeof require, typeof module, typeof exports, __filename, typeof fs, typeof globalThis.process]);
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
