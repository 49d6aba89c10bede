// terminate() right after construction still ends with 'exit' 1 and no 'online' required.
const { Worker } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
const p = w.terminate();
console.log(p instanceof Promise);
p.then((code) => console.log('resolved', code));
w.on('exit', (c) => console.log('exit', c));
