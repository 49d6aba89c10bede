// controller.error(): pending and future reads reject, closed rejects, further calls ignored.
const { ReadableStream } = require('stream/web');
(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  const reader = rs.getReader();
  const p1 = reader.read();
  const p2 = reader.read();
  const err = new Error('boom');
  ctl.error(err);
  for (const p of [p1, p2, reader.read(), reader.closed]) {
    await p.then(() => console.log('resolved'), (e) => console.log('rejected', e === err, e.message));
  }
  ctl.error(new Error('second'));
  console.log('desiredSize', ctl.desiredSize);
  try { ctl.enqueue(1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { ctl.close(); } catch (e) { console.log(e.name, e.code, e.message); }
  reader.releaseLock();
  const r2 = rs.getReader();
  await r2.closed.catch((e) => console.log('new reader closed', e.message));
  // error with queued chunks drops them
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); c.error('plain'); } });
  await rs2.getReader().read().catch((e) => console.log('queued dropped', e));
  // pull throwing errors the stream
  const rs3 = new ReadableStream({ pull() { throw new TypeError('pull threw'); } });
  await rs3.getReader().read().catch((e) => console.log(e.name, e.message));
})();
