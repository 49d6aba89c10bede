// events.on option validation and pause/resume with watermarks
const EventEmitter = require('events');
const { on } = EventEmitter;
const e = new EventEmitter();
const cases = [5, null, 'x', { signal: 1 }, { highWaterMark: 0 }, { highWaterMark: 1.5 }, { highWaterMark: 'a' }, { lowWaterMark: 0 }, { lowWaterMark: -1 }, { highWatermark: 0 }];
for (const opts of cases) {
  try { const it = on(e, 'x', opts); console.log('ok'); it.return(); } catch (err) { console.log(err.name, err.code, err.message); }
}
for (const em of [{}, 1, 'str']) {
  try { on(em, 'x'); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
(async () => {
  const src = new EventEmitter();
  src.pause = () => console.log('pause called');
  src.resume = () => console.log('resume called');
  const it = on(src, 'chunk', { highWaterMark: 2, lowWaterMark: 1 });
  src.emit('chunk', 1); src.emit('chunk', 2);
  console.log('two buffered');
  src.emit('chunk', 3);
  src.emit('chunk', 4);
  console.log((await it.next()).value, (await it.next()).value, (await it.next()).value);
  console.log((await it.next()).value);
  await it.return();
})();
