// controller.terminate() closes the readable and errors the writable.
const { TransformStream } = require('stream/web');
(async () => {
  const ts = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk); if (chunk === 'stop') c.terminate(); },
  });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  await w.write('go');
  console.log(await r.read());
  await w.write('stop');
  console.log(await r.read(), await r.read());
  await w.write('more').catch((e) => console.log('write after terminate', e.name, e.code));
  await w.closed.catch((e) => console.log('closed', e.name, e.code));
  let ctl;
  new TransformStream({ start(c) { ctl = c; } });
  ctl.terminate();
  try { ctl.enqueue(1); } catch (e) { console.log(e.name, e.code, e.message); }
  ctl.terminate();
  console.log('desiredSize', ctl.desiredSize);
})();
