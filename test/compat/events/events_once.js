// events.once resolves with the arguments array and cleans up its listeners
const EventEmitter = require('events');
const { once } = EventEmitter;
(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 'two', { three: 3 }));
  const args = await once(e, 'ready');
  console.log('resolved', args, e.listenerCount('ready'), e.listenerCount('error'));
  process.nextTick(() => e.emit('empty'));
  console.log('empty', await once(e, 'empty'));
  process.nextTick(() => e.emit('error', new Error('boom')));
  try { await once(e, 'never'); } catch (err) { console.log('rejected', err.message, e.listenerCount('never'), e.listenerCount('error')); }
  // waiting for 'error' itself resolves
  process.nextTick(() => e.emit('error', new Error('as value')));
  const [err] = await once(e, 'error');
  console.log('error as value', err.message);
  // returns a promise
  const p = once(e, 'x');
  console.log(p instanceof Promise, e.listenerCount('x'));
  e.emit('x', 'a');
  console.log(await p);
  // several waiters
  const p1 = once(e, 'multi'); const p2 = once(e, 'multi');
  e.emit('multi', 42);
  console.log(await p1, await p2);
  // bad options
  for (const opts of [5, 'str', null]) {
    try { await once(e, 'x', opts); } catch (er) { console.log(er.name, er.code, er.message); }
  }
  try { await once(e, 'x', { signal: {} }); } catch (er) { console.log(er.name, er.code, er.message); }
  try { await once(null, 'x'); } catch (er) { console.log(er.name); }
  try { await once({}, 'x'); } catch (er) { console.log(er.code, er.message); }
  // duck-typed emitter without removeListener for error
  const duck = { on() {}, once(name, fn) { console.log('duck once', name); if (name === 'go') process.nextTick(fn, 'duck!'); }, removeListener(n) { console.log('duck removeListener', n); } };
  console.log(await once(duck, 'go'));
})();
