// worker.unref() lets the process exit while the worker still runs; ports follow the same rule.
const { Worker, MessageChannel } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
w.unref();
w.on('exit', () => console.log('exit should not be printed'));
const { port1, port2 } = new MessageChannel();
port1.on('message', () => {});
console.log('hasRef with listener', port1.hasRef());
port1.unref();
console.log('hasRef after unref', port1.hasRef());
port1.ref();
console.log('hasRef after ref', port1.hasRef());
port1.unref();
process.on('exit', () => console.log('process exit'));
