// pipeTo() preventClose / preventAbort / preventCancel.
const { ReadableStream, WritableStream } = require('stream/web');
(async () => {
  const ws = new WritableStream({ write(x) { console.log('write', x); }, close() { console.log('close'); }, abort(r) { console.log('abort', r); } });
  await new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).pipeTo(ws, { preventClose: true });
  console.log('ws locked', ws.locked);
  await new ReadableStream({ start(c) { c.enqueue(2); c.close(); } }).pipeTo(ws);
  const ws2 = new WritableStream({ abort(r) { console.log('abort2', r); } });
  await new ReadableStream({ start(c) { c.error('src err'); } }).pipeTo(ws2, { preventAbort: true }).catch((e) => console.log('rejected', e));
  const w2 = ws2.getWriter();
  await w2.write('still writable').then(() => console.log('ws2 still writable'));
  w2.releaseLock();
  await new ReadableStream({ start(c) { c.error('src err 2'); } }).pipeTo(ws2).catch((e) => console.log('rejected', e));
  const rs3 = new ReadableStream({ cancel(r) { console.log('cancel3', r); } });
  const ws3 = new WritableStream({ start(c) { c.error('dest err'); } });
  await new Promise((r) => setTimeout(r, 1));
  await rs3.pipeTo(ws3, { preventCancel: true }).catch((e) => console.log('rejected', e));
  console.log('rs3 locked', rs3.locked);
  await rs3.pipeTo(new WritableStream({ start(c) { c.error('dest err 2'); } })).catch((e) => console.log('rejected', e));
  await new ReadableStream().pipeTo(new WritableStream(), 1).catch((e) => console.log(e.name, e.code));
  await new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream(), { preventClose: 1, preventAbort: 'yes' }).then(() => console.log('truthy options ok'));
})();
