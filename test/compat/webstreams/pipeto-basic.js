// pipeTo(): all chunks reach the destination, then it closes; both locks are released.
const { ReadableStream, WritableStream } = require('stream/web');
(async () => {
  const log = [];
  const rs = new ReadableStream({ start(c) { ['a', 'b', 'c'].forEach((x) => c.enqueue(x)); c.close(); } });
  const ws = new WritableStream({
    write(chunk) { log.push(`write ${chunk}`); },
    close() { log.push('sink close'); },
  });
  const p = rs.pipeTo(ws);
  console.log('locked during pipe', rs.locked, ws.locked);
  console.log('result', await p);
  console.log(log.join(','));
  console.log('locked after pipe', rs.locked, ws.locked);
  // slow sink: backpressure keeps ordering
  const got = [];
  let i = 0;
  const src = new ReadableStream({ pull(c) { if (i < 5) c.enqueue(i++); else c.close(); } });
  const dst = new WritableStream({ write(x) { got.push(x); return new Promise((r) => setTimeout(r, 1)); } }, { highWaterMark: 1 });
  await src.pipeTo(dst);
  console.log(got.join(','));
  // piping an already closed stream closes the destination
  const closed = new ReadableStream({ start(c) { c.close(); } });
  await closed.pipeTo(new WritableStream({ close() { console.log('dest closed'); } }));
  // destination already closed
  const ws2 = new WritableStream();
  await ws2.close();
  await new ReadableStream({ cancel(r) { console.log('source cancelled', r.name, r.code); } })
    .pipeTo(ws2).catch((e) => console.log('rejected', e.name, e.code));
})();
