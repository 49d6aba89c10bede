// Several workers run in parallel; results are printed in a fixed order.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const jobs = [10, 20, 30, 40, 50, 60];
  Promise.all(jobs.map((n) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: n });
    w.once('message', resolve);
    w.once('error', reject);
  }))).then((results) => console.log(results));
} else {
  let a = 0, b = 1;
  for (let i = 0; i < workerData; i++) [a, b] = [b, a + b];
  parentPort.postMessage({ n: workerData, fib: a });
}
