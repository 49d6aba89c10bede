// values({ preventCancel: true }) releases the lock without cancelling the stream.
const { ReadableStream } = require('stream/web');
(async () => {
  const rs = new ReadableStream({
    start(c) { for (let i = 0; i < 5; i++) c.enqueue(i); c.close(); },
    cancel() { console.log('cancel called'); },
  });
  for await (const x of rs.values({ preventCancel: true })) { console.log('first loop', x); if (x === 1) break; }
  console.log('locked', rs.locked);
  for await (const x of rs.values({ preventCancel: true })) { console.log('second loop', x); if (x === 3) break; }
  for await (const x of rs) console.log('third loop', x);
  const rs2 = new ReadableStream({ cancel(r) { console.log('cancel2', r); } });
  const it = rs2.values({ preventCancel: false });
  await it.return('x');
  try { rs.values(1); } catch (e) { console.log(e.name, e.code, e.message); }
})();
