// timers/promises setInterval yields its value every interval; break stops the timer.
const tp = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) {
    console.log('got', v, ++n);
    if (n === 3) break;
  }
  console.log('after break');
  const it = tp.setInterval(1, 42);
  console.log(typeof it.next, typeof it.return, typeof it[Symbol.asyncIterator], Object.prototype.toString.call(it));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.return('done')));
  console.log(JSON.stringify(await it.next()));
  const noValue = tp.setInterval(1);
  console.log(JSON.stringify(await noValue.next()));
  await noValue.return();
  console.log('end');
})();
