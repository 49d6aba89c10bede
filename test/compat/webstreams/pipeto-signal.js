// pipeTo() with an AbortSignal: abort cancels the source and aborts the destination.
const { ReadableStream, WritableStream } = require('stream/web');
(async () => {
  const ac = new AbortController();
  let n = 0;
  const rs = new ReadableStream({ pull(c) { c.enqueue(n++); }, cancel(r) { console.log('source cancel', r.name); } }, { highWaterMark: 0 });
  const ws = new WritableStream({
    write(x) { if (x === 2) ac.abort(); return new Promise((r) => setTimeout(r, 1)); },
    abort(r) { console.log('dest abort', r.name); },
  });
  await rs.pipeTo(ws, { signal: ac.signal }).catch((e) => console.log('rejected', e.name, e.message));
  // already aborted signal with a custom reason
  const ac2 = new AbortController();
  ac2.abort('custom');
  await new ReadableStream({ cancel(r) { console.log('cancel2', r); } })
    .pipeTo(new WritableStream({ abort(r) { console.log('abort2', r); } }), { signal: ac2.signal })
    .catch((e) => console.log('rejected2', e));
  // prevent both
  const ac3 = new AbortController();
  const rs3 = new ReadableStream({ cancel() { console.log('not called'); } });
  const p3 = rs3.pipeTo(new WritableStream({ abort() { console.log('not called'); } }), { signal: ac3.signal, preventAbort: true, preventCancel: true });
  ac3.abort(new Error('err reason'));
  await p3.catch((e) => console.log('rejected3', e.message));
  console.log('rs3 locked', rs3.locked);
  await new ReadableStream().pipeTo(new WritableStream(), { signal: {} }).catch((e) => console.log(e.name, e.code, e.message));
})();
