// events.on: close events, abort signal, errors
const EventEmitter = require('events');
const { on } = EventEmitter;
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data', { close: ['end', 'finish'] });
  process.nextTick(() => { e.emit('data', 'a'); e.emit('data', 'b'); e.emit('end'); e.emit('data', 'c'); });
  for await (const v of it) console.log('data', v);
  console.log('closed', e.listenerCount('data'), e.listenerCount('end'), e.listenerCount('finish'), e.listenerCount('error'));
  // abort while waiting
  const ac = new AbortController();
  const it2 = on(e, 'data', { signal: ac.signal });
  process.nextTick(() => { e.emit('data', 'x'); ac.abort(); });
  try { for await (const v of it2) console.log('it2', v); } catch (err) { console.log('it2 error', err.name, err.code, err.message, err.cause && err.cause.name); }
  console.log('after abort', e.listenerCount('data'));
  // abort with a reason
  const ac2 = new AbortController();
  const it3 = on(e, 'data', { signal: ac2.signal });
  const pending = it3.next();
  ac2.abort('why');
  try { await pending; } catch (err) { console.log('pending rejected', err.name, err.cause); }
  console.log(await it3.next());
  // already aborted throws synchronously
  try { on(e, 'data', { signal: AbortSignal.abort() }); } catch (err) { console.log('sync', err.name, err.message); }
  // 'error' events reject
  const it4 = on(e, 'data');
  process.nextTick(() => e.emit('error', new Error('E!')));
  try { for await (const v of it4) console.log(v); } catch (err) { console.log('it4', err.message); }
  console.log(await it4.next());
  // error queued when nobody waits
  const it5 = on(e, 'data');
  e.emit('data', 1);
  e.emit('error', new Error('queued'));
  console.log(await it5.next());
  try { await it5.next(); } catch (err) { console.log('it5', err.message); }
  console.log(await it5.next());
  // listening to 'error' itself
  const it6 = on(e, 'error');
  e.emit('error', 'as data');
  console.log(await it6.next());
  await it6.return();
  // throw() with an Error ends iteration
  const it7 = on(e, 'data');
  const p7 = it7.next();
  it7.throw(new Error('thrown in'));
  try { await p7; } catch (err) { console.log('it7', err.message); }
  for (const bad of [5, 'str', undefined, { message: 'fake' }]) {
    try { it7.throw(bad); } catch (err) { console.log(err.code, err.message); }
  }
})();
