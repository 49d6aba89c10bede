// tee() cancellation: the source is cancelled with both reasons once both branches cancel.
const { ReadableStream } = require('stream/web');
(async () => {
  const rs = new ReadableStream({
    cancel(reason) { console.log('source cancel', JSON.stringify(reason)); return 'ignored'; },
  });
  const [b1, b2] = rs.tee();
  let settled1 = false;
  const p1 = b1.cancel('r1').then((v) => { settled1 = true; console.log('b1 cancel resolved', v); });
  await new Promise((r) => setTimeout(r, 5));
  console.log('after b1 cancel, settled:', settled1);
  await b2.cancel('r2').then((v) => console.log('b2 cancel resolved', v));
  await p1;
  // one branch cancelled, other still readable
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  const [x1, x2] = rs2.tee();
  await x1.cancel();
  const out = [];
  for await (const v of x2) out.push(v);
  console.log('remaining branch', out.join(','));
  // source cancel rejection propagates to both cancels
  const rs3 = new ReadableStream({ cancel() { throw new Error('nope'); } });
  const [y1, y2] = rs3.tee();
  const r1 = y1.cancel('a').catch((e) => console.log('y1', e.message));
  await y2.cancel('b').catch((e) => console.log('y2', e.message));
  await r1;
})();
