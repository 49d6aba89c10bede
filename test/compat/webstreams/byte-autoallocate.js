// autoAllocateChunkSize gives default readers a byobRequest to fill.
const { ReadableStream } = require('stream/web');
(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      const req = c.byobRequest;
      console.log('pull view', req.view.byteLength);
      n++;
      if (n > 2) { c.close(); req.respond(0); return; }
      req.view.fill(n);
      req.respond(3);
    },
  });
  const r = rs.getReader();
  for (;;) {
    const { value, done } = await r.read();
    if (done) break;
    console.log(value.constructor.name, Array.from(value), value.buffer.byteLength);
  }
  // enqueue while an auto-allocated request is pending
  let ctl;
  const rs2 = new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 4, start(c) { ctl = c; } });
  const r2 = rs2.getReader();
  const p = r2.read();
  await null;
  console.log('request present', ctl.byobRequest !== null);
  ctl.enqueue(new Uint8Array([5, 5]));
  console.log(Array.from((await p).value), 'request after', ctl.byobRequest);
})();
