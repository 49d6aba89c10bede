// for await over a ReadableStream; break/return/throw cancel the stream and release the lock.
const { ReadableStream } = require('stream/web');
(async () => {
  const make = (label) => new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); },
    pull(c) { c.enqueue(4); c.close(); },
    cancel(reason) { console.log(label, 'cancel', reason); },
  });
  const out = [];
  for await (const x of make('full')) out.push(x);
  console.log(out.join(','));
  const s = make('break');
  for await (const x of s) { if (x === 2) break; }
  console.log('locked after break', s.locked);
  const s2 = make('throw');
  try {
    for await (const x of s2) { if (x === 1) throw new Error('inner'); }
  } catch (e) { console.log('caught', e.message); }
  const it = make('manual').values();
  console.log(await it.next());
  console.log(await it.return('bye'));
  console.log(await it.next());
  console.log(await it.return('again'));
  // errors surface from next()
  const bad = new ReadableStream({ pull(c) { c.error(new Error('iter error')); } });
  try { for await (const x of bad) console.log(x); } catch (e) { console.log('iter threw', e.message); }
  console.log('locked after error', bad.locked);
  // iterating a locked stream throws synchronously
  const locked = new ReadableStream();
  locked.getReader();
  try { locked.values(); } catch (e) { console.log(e.name, e.code, e.message); }
  // concurrent next() calls resolve in order
  const it2 = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } })[Symbol.asyncIterator]();
  console.log(JSON.stringify(await Promise.all([it2.next(), it2.next(), it2.next(), it2.next()])));
  console.log(Object.getPrototypeOf(Object.getPrototypeOf(it2)) === Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})()).__proto__) || 'proto-check');
})();
