// timers/promises setInterval ends with AbortError when its signal aborts.
const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  const seen = [];
  try {
    for await (const v of tp.setInterval(2, 'x', { signal: ac.signal })) {
      seen.push(v);
      if (seen.length === 2) ac.abort('enough');
    }
  } catch (e) {
    console.log('loop', e.name, e.code, e.message, e.cause, seen.length);
  }
  const ac2 = new AbortController();
  const it = tp.setInterval(1000, 'y', { signal: ac2.signal });
  const pending = it.next();
  setTimeout(() => ac2.abort(new RangeError('waiting')), 1);
  await pending.then(console.log, (e) => console.log('waiting', e.name, e.cause.name, e.cause.message));
  console.log(JSON.stringify(await it.next()));
  const it3 = tp.setInterval(1, 'z', { signal: AbortSignal.abort('pre') });
  await it3.next().then(console.log, (e) => console.log('pre', e.name, e.cause));
})();
