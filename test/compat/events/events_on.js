// events.on async iterator: buffering, break, pending next() calls
const EventEmitter = require('events');
const { on } = EventEmitter;
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  console.log(typeof it.next, typeof it.return, typeof it.throw, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  console.log(Object.keys(it), e.listenerCount('data'), e.listenerCount('error'));
  e.emit('data', 1);
  e.emit('data', 2, 3);
  e.emit('data');
  let n = 0;
  for await (const v of it) {
    console.log('got', v);
    if (++n === 3) break;
  }
  console.log('after break', e.listenerCount('data'), e.listenerCount('error'));
  // pending nexts resolve in order
  const it2 = on(e, 'tick');
  const p1 = it2.next(); const p2 = it2.next(); const p3 = it2.next();
  e.emit('tick', 'a'); e.emit('tick', 'b');
  console.log(await p1, await p2);
  await it2.return();
  console.log(await p3, await it2.next());
  // return resolves done and removes listeners
  const it3 = on(e, 'x');
  console.log(await it3.return(), e.listenerCount('x'));
  // events emitted asynchronously
  const it4 = on(e, 'later');
  setTimeout(() => { e.emit('later', 'one'); e.emit('later', 'two'); }, 1);
  setTimeout(() => e.emit('later', 'three'), 3);
  const seen = [];
  for await (const [v] of it4) { seen.push(v); if (seen.length === 3) break; }
  console.log(seen);
  // watermark data
  const wm = Symbol.for('nodejs.watermarkData');
  const it5 = on(e, 'w', { highWaterMark: 5, lowWaterMark: 2 });
  e.emit('w', 1); e.emit('w', 2);
  const d = it5[wm];
  console.log(d.size, d.low, d.high, d.isPaused);
  await it5.next();
  console.log(d.size);
  await it5.return();
  // EventTarget source
  const t = new EventTarget();
  const it6 = on(t, 'ping');
  t.dispatchEvent(new Event('ping'));
  const { value: [ev] } = await it6.next();
  console.log('target event', ev.type);
  await it6.return();
})();
