// timers/promises setInterval: intervals elapsed while the consumer is busy are all yielded.
const tp = require('timers/promises');
function busyWait(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}
(async () => {
  const it = tp.setInterval(5, 'v');
  console.log(JSON.stringify(await it.next()));
  // Let several intervals elapse without consuming.
  await new Promise((resolve) => setTimeout(resolve, 40));
  let quick = 0;
  const t0 = Date.now();
  // Queued values come back without waiting for new intervals.
  while (quick < 3) {
    await it.next();
    quick++;
  }
  console.log('queued values yielded quickly', Date.now() - t0 < 5, quick);
  await it.return();
  busyWait(1);
  console.log('done');
})();
