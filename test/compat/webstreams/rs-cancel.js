// cancel(): reason goes to the source, queue is dropped, pending reads finish as done.
const { ReadableStream } = require('stream/web');
(async () => {
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); },
    cancel(reason) { console.log('source cancel', reason); return new Promise((r) => setTimeout(() => r('ignored'), 5)); },
  });
  const res = await rs.cancel('because');
  console.log('cancel resolved', res);
  const r = rs.getReader();
  console.log(await r.read());
  // pending read resolved with done when cancelled through reader
  const rs2 = new ReadableStream({ cancel(reason) { console.log('cancel2', reason); } });
  const r2 = rs2.getReader();
  const p = r2.read();
  await r2.cancel('r2 reason');
  console.log(await p);
  // cancel rejection from the source
  const rs3 = new ReadableStream({ cancel() { throw new Error('cancel failed'); } });
  await rs3.cancel().catch((e) => console.log('rejected', e.message));
  // cancel of an errored stream rejects with stored error
  const rs4 = new ReadableStream({ start(c) { c.error(new Error('stored')); } });
  await rs4.cancel().catch((e) => console.log('errored cancel', e.message));
  // cancel of closed stream resolves
  const rs5 = new ReadableStream({ start(c) { c.close(); } });
  console.log('closed cancel', await rs5.cancel('x'));
  // cancel locked
  const rs6 = new ReadableStream();
  rs6.getReader();
  await rs6.cancel().catch((e) => console.log(e.name, e.code, e.message));
})();
