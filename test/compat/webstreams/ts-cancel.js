// Cancelling the readable side calls transformer.cancel and errors the writable side.
const { TransformStream } = require('stream/web');
(async () => {
  const ts = new TransformStream({ cancel(reason) { console.log('transformer cancel', reason); } });
  const w = ts.writable.getWriter();
  await ts.readable.cancel('no more');
  await w.closed.catch((e) => console.log('writable errored with', e));
  await w.write('x').catch((e) => console.log('write', e));
  // aborting the writable side errors the readable and calls cancel
  const ts2 = new TransformStream({ cancel(reason) { console.log('cancel via abort', reason); } });
  const r2 = ts2.readable.getReader();
  await ts2.writable.abort('abort reason');
  await r2.closed.catch((e) => console.log('readable errored with', e));
  // without a cancel method
  const ts3 = new TransformStream();
  await ts3.readable.cancel('plain');
  await ts3.writable.getWriter().closed.catch((e) => console.log('plain', e));
})();
