// An unref'd interval stops when nothing else keeps the loop alive.
let runs = 0;
const iv = setInterval(() => { runs++; }, 5);
iv.unref();
setTimeout(() => console.log('ref timeout ran'), 1);
process.on('exit', () => console.log('exit; interval still refed?', iv.hasRef()));
