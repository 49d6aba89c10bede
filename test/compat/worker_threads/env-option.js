// env: a copy by default, a custom object, or SHARE_ENV.
const { Worker, SHARE_ENV } = require('worker_threads');
process.env.CN_WT_PARENT = 'parent';
function run(options, label) {
  return new Promise((resolve) => {
    const w = new Worker(`
      const { parentPort } = require('worker_threads');
      const before = process.env.CN_WT_PARENT;
      process.env.CN_WT_CHILD = 'child';
      process.env.CN_WT_NUM = 5;
      parentPort.postMessage([before, process.env.CN_WT_CUSTOM, typeof process.env.CN_WT_NUM, process.env.CN_WT_NUM]);
    `, { eval: true, ...options });
    w.on('message', (m) => console.log(label, m));
    w.on('exit', () => {
      console.log(label, 'parent sees child var:', process.env.CN_WT_CHILD);
      resolve();
    });
  });
}
(async () => {
  await run({}, 'copy');
  await run({ env: { CN_WT_CUSTOM: 'custom' } }, 'object');
  await run({ env: SHARE_ENV }, 'share');
  console.log(typeof SHARE_ENV, SHARE_ENV.toString());
})();
