// pipeThrough(): returns the transform's readable; argument validation.
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');
(async () => {
  const rs = ReadableStream.from(['a', 'b', 'c']);
  const upper = new TransformStream({ transform(ch, c) { c.enqueue(ch.toUpperCase()); } });
  const out = rs.pipeThrough(upper);
  console.log(out === upper.readable, rs.locked, upper.writable.locked);
  const got = [];
  for await (const x of out) got.push(x);
  console.log(got.join(''));
  const chained = ReadableStream.from([1, 2, 3])
    .pipeThrough(new TransformStream({ transform(x, c) { c.enqueue(x * 10); } }))
    .pipeThrough(new TransformStream({ transform(x, c) { c.enqueue(`<${x}>`); } }));
  const g2 = [];
  for await (const x of chained) g2.push(x);
  console.log(g2.join(''));
  function t(label, fn) { try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } }
  t('number', () => new ReadableStream().pipeThrough(1));
  t('no readable', () => new ReadableStream().pipeThrough({ writable: new WritableStream() }));
  t('no writable', () => new ReadableStream().pipeThrough({ readable: new ReadableStream() }));
  const locked = new ReadableStream();
  locked.getReader();
  t('locked source', () => locked.pipeThrough(new TransformStream()));
  const ts = new TransformStream();
  ts.writable.getWriter();
  t('locked writable', () => new ReadableStream().pipeThrough(ts));
  t('bad signal', () => new ReadableStream().pipeThrough(new TransformStream(), { signal: 'x' }));
  // a pair object works, not only TransformStream
  const pair = { readable: ReadableStream.from(['pair']), writable: new WritableStream() };
  const r = new ReadableStream({ start(c) { c.close(); } }).pipeThrough(pair);
  console.log((await r.getReader().read()).value);
})();
