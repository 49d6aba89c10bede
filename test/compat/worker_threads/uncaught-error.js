// An uncaught exception in a worker becomes an 'error' event with the error rebuilt, then exit 1.
const { Worker } = require('worker_threads');
const cases = [
  "throw new TypeError('bad type')",
  "const e = new RangeError('out'); e.code = 'E_OUT'; e.info = { x: [1, 2] }; throw e",
  "throw 42",
  "throw 'a string'",
  "class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } throw new MyError('custom')",
  "setTimeout(() => { throw new Error('later') }, 5)",
  "Promise.reject(new Error('rejected'))",
  "null.x",
];
let i = 0;
function next() {
  if (i === cases.length) return;
  const src = cases[i++];
  const w = new Worker(src, { eval: true });
  w.on('error', (e) => {
    if (e instanceof Error) {
      console.log('error', e.constructor.name, e.name, JSON.stringify(e.message), e.code, JSON.stringify(e.info), typeof e.stack);
    } else {
      console.log('error value', typeof e, e);
    }
  });
  w.on('exit', (c) => { console.log('exit', c); next(); });
}
next();
