// Aborting a pending timers/promises operation rejects it and clears the timer.
const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  const p = tp.setTimeout(20, 'late', { signal: ac.signal });
  setTimeout(() => { console.log('aborting'); ac.abort(); }, 1);
  try { await p; console.log('not reached'); } catch (e) { console.log('rejected', e.name, e.code, e.message); }
  const ac2 = new AbortController();
  const p2 = tp.setImmediate('late', { signal: ac2.signal });
  ac2.abort();
  try { await p2; console.log('not reached'); } catch (e) { console.log('immediate rejected', e.name, e.code); }
  const ac3 = new AbortController();
  let n = 0;
  try {
    for await (const v of tp.setInterval(1, 'iv', { signal: ac3.signal })) {
      n++;
      console.log('interval', n, v);
      if (n === 2) ac3.abort();
    }
  } catch (e) {
    console.log('interval rejected', e.name, e.code, 'after', n);
  }
  const ac4 = new AbortController();
  const v = await tp.setTimeout(1, 'done', { signal: ac4.signal });
  ac4.abort();
  console.log('abort after resolve is harmless:', v);
})();
