// timers/promises setTimeout rejects with AbortError (cause = signal.reason) when aborted.
const tp = require('timers/promises');
const show = (label) => (e) => console.log(label, e.name, e.code, e.message, 'cause:',
  e.cause instanceof Error ? `${e.cause.name}: ${e.cause.message}` : String(e.cause));
(async () => {
  await tp.setTimeout(1, 'v', { signal: AbortSignal.abort('before') }).then(console.log, show('already'));
  await tp.setTimeout(1, 'v', { signal: AbortSignal.abort() }).then(console.log, show('default reason'));
  const ac = new AbortController();
  const p = tp.setTimeout(10000, 'v', { signal: ac.signal });
  setTimeout(() => ac.abort(new Error('later')), 1);
  await p.then(console.log, show('later'));
  const ac2 = new AbortController();
  const fired = await tp.setTimeout(1, 'fired', { signal: ac2.signal });
  ac2.abort();
  console.log('abort after resolve is harmless:', fired);
  const ac3 = new AbortController();
  const a = tp.setTimeout(10000, 'a', { signal: ac3.signal });
  const b = tp.setTimeout(10000, 'b', { signal: ac3.signal });
  ac3.abort(42);
  await Promise.allSettled([a, b]).then((r) => console.log(r.map((x) => `${x.status}:${x.reason.cause}`).join(' ')));
  const err = await tp.setTimeout(1, 'v', { signal: AbortSignal.abort() }).catch((e) => e);
  console.log(err instanceof Error, Object.keys(err).join(','));
})();
