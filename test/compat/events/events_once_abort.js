// events.once with an AbortSignal
const EventEmitter = require('events');
const { once } = EventEmitter;
(async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'foo', { signal: ac.signal });
  console.log('listeners while waiting', e.listenerCount('foo'), e.listenerCount('error'));
  ac.abort();
  try { await p; } catch (err) { console.log(err.name, err.code, err.message, err.cause && err.cause.name, err.cause && err.cause.message); }
  console.log('after abort', e.listenerCount('foo'), e.listenerCount('error'));
  const ac2 = new AbortController();
  const p2 = once(e, 'foo', { signal: ac2.signal });
  ac2.abort('custom reason');
  try { await p2; } catch (err) { console.log(err.name, err.message, err.cause); }
  // already aborted
  try { await once(e, 'foo', { signal: AbortSignal.abort(42) }); } catch (err) { console.log('pre-aborted', err.name, err.code, err.cause, e.listenerCount('foo')); }
  // resolving removes the abort listener (abort afterwards is harmless)
  const ac3 = new AbortController();
  const p3 = once(e, 'bar', { signal: ac3.signal });
  e.emit('bar', 'value');
  console.log(await p3);
  ac3.abort();
  console.log('abort after resolve ok');
  // error rejects and removes abort listener
  const ac4 = new AbortController();
  const p4 = once(e, 'baz', { signal: ac4.signal });
  e.emit('error', new Error('err first'));
  try { await p4; } catch (err) { console.log('rejected', err.message); }
  ac4.abort();
  // invalid signal
  for (const s of [1, 'x', {}, null]) {
    try { await once(e, 'q', { signal: s }); } catch (err) { console.log(err.code, err.message); }
  }
  // EventTarget with signal
  const t = new EventTarget();
  const ac5 = new AbortController();
  const p5 = once(t, 'evt', { signal: ac5.signal });
  ac5.abort();
  try { await p5; } catch (err) { console.log('target aborted', err.name); }
  t.dispatchEvent(new Event('evt'));
  console.log('done');
})();
