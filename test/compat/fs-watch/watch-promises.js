// fs.promises.watch: async iterator of { eventType, filename }; abort; validation.
const fs = require('fs');
const fsp = require('fs/promises');
const { setup } = require('../fs/fixtures/common');
setup('watch-promises');
fs.mkdirSync('d');
(async () => {
  for (const a of [[1], ['x', 5], ['x', { maxQueue: 'a' }], ['x', { overflow: 'x' }], ['x', { signal: 1 }], ['x'], ['.', { recursive: 1 }]]) {
    try {
      const it = fsp.watch(...a);
      console.log('iterator', Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
      await it.next();
    } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const ac = new AbortController();
  const it = fsp.watch('d', { signal: ac.signal });
  setTimeout(() => fs.mkdirSync('d/newdir'), 100);
  for await (const ev of it) {
    console.log(ev, Object.getPrototypeOf(ev), Object.keys(ev));
    break;
  }
  await new Promise((r) => setTimeout(r, 100));
  const it2 = fsp.watch('d', { signal: ac.signal });
  setTimeout(() => ac.abort(), 100);
  try {
    for await (const ev of it2) console.log('unexpected', ev);
  } catch (e) { console.log('abort', e.name, e.code, e.message); }
  const it3 = fsp.watch('d', { signal: AbortSignal.abort('why') });
  try { await it3.next(); } catch (e) { console.log('pre-aborted', e.name, e.code, e.cause); }
  const it4 = fsp.watch('d');
  console.log(await it4.return(), await it4.next());
})();
