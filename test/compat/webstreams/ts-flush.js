// flush() runs once after the writable closes; it can enqueue and its failure errors both sides.
const { TransformStream } = require('stream/web');
(async () => {
  const log = [];
  const ts = new TransformStream({
    transform(chunk, c) { log.push(`transform ${chunk}`); c.enqueue(chunk); },
    flush(c) { log.push('flush'); c.enqueue('tail'); },
  });
  const w = ts.writable.getWriter();
  w.write('a');
  w.write('b');
  const closing = w.close();
  for await (const x of ts.readable) log.push(`read ${x}`);
  await closing;
  log.push('close resolved');
  await w.closed;
  console.log(log.join('\n'));
  const ts2 = new TransformStream({ flush() { throw new Error('flush failed'); } });
  const w2 = ts2.writable.getWriter();
  await w2.close().catch((e) => console.log('close', e.message));
  await ts2.readable.getReader().read().catch((e) => console.log('read', e.message));
  const ts3 = new TransformStream({ async flush(c) { await new Promise((r) => setTimeout(r, 3)); c.enqueue('late'); } });
  const w3 = ts3.writable.getWriter();
  const p = w3.close();
  const r3 = ts3.readable.getReader();
  console.log(await r3.read(), await r3.read());
  await p;
})();
