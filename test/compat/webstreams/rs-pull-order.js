// pull() is called to fill the queue up to the high water mark, never concurrently.
const { ReadableStream } = require('stream/web');
(async () => {
  const log = [];
  let n = 0;
  const rs = new ReadableStream({
    start() { log.push('start'); },
    pull(c) {
      log.push(`pull ${n} desired=${c.desiredSize}`);
      c.enqueue(n++);
      if (n === 6) c.close();
    },
  }, { highWaterMark: 3 });
  await new Promise((r) => setTimeout(r, 10));
  log.push('after start');
  const reader = rs.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    log.push(`read ${value} ${done}`);
    if (done) break;
  }
  console.log(log.join('\n'));
  // async pull: a slow pull is never re-entered
  const log2 = [];
  let calls = 0;
  const rs2 = new ReadableStream({
    async pull(c) {
      calls++;
      log2.push(`pull enter ${calls}`);
      await new Promise((r) => setTimeout(r, 5));
      c.enqueue(calls);
      log2.push(`pull exit ${calls}`);
    },
  }, { highWaterMark: 0 });
  const r2 = rs2.getReader();
  const results = await Promise.all([r2.read(), r2.read(), r2.read()]);
  console.log(log2.join('\n'));
  console.log(results.map((r) => r.value).join(','));
})();
