// Bad filenames and options throw Node's errors synchronously.
const { Worker } = require('worker_threads');
const cases = [
  () => new Worker('relative.js'),
  () => new Worker(42),
  () => new Worker(null),
  () => new Worker({}, { eval: true }),
  () => new Worker('x', { argv: 'no' }),
  () => new Worker('x', { eval: true, env: 5 }),
  () => new Worker('x', { eval: true, name: 1 }),
  () => new Worker('x', { eval: true, workerData: () => {} }),
  () => new Worker('x', { eval: true, execArgv: 'a' }),
  () => new Worker('x', { eval: true, resourceLimits: { maxOldGenerationSizeMb: 'big' } }),
];
for (const fn of cases) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
