// tee() of a byte stream clones chunks into independent buffers.
const { ReadableStream } = require('stream/web');
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.enqueue(new Uint8Array([4])); c.close(); },
  });
  const [a, b] = rs.tee();
  console.log(a.locked, b.locked, rs.locked);
  const ra = a.getReader();
  const rb = b.getReader({ mode: 'byob' });
  const x = await ra.read();
  const y = await rb.read(new Uint8Array(2));
  console.log(Array.from(x.value), Array.from(y.value), x.value.buffer !== y.value.buffer);
  x.value[0] = 100;
  const y2 = await rb.read(new Uint8Array(5));
  console.log(Array.from(y2.value));
  console.log(Array.from((await ra.read()).value), await ra.read().then((r) => r.done));
  console.log(await rb.read(new Uint8Array(1)).then((r) => [r.done, r.value.length]));
  const src = new ReadableStream({ type: 'bytes', cancel(r) { console.log('cancel', r); } });
  const [c1, c2] = src.tee();
  await Promise.all([c1.cancel('one'), c2.cancel('two')]);
  console.log('both cancelled');
})();
