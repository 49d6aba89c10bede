// Default ReadableStream: enqueue in start, read until done, read after close.
const { ReadableStream } = require('stream/web');
(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue({ b: 1 });
      c.enqueue(3);
      c.close();
    },
  });
  const reader = rs.getReader();
  for (let i = 0; i < 5; i++) console.log(await reader.read());
  await reader.closed.then(() => console.log('closed resolved'));
  console.log(rs.locked);
  reader.releaseLock();
  console.log(rs.locked);
  const r2 = rs.getReader();
  console.log(await r2.read());
  // chunks of any type, including undefined
  const rs2 = new ReadableStream({ start(c) { c.enqueue(undefined); c.enqueue(null); c.close(); } });
  const r3 = rs2.getReader();
  console.log(await r3.read(), await r3.read(), await r3.read());
})();
