// start() returning a promise delays pull; a rejecting start errors the stream.
const { ReadableStream } = require('stream/web');
(async () => {
  const log = [];
  const rs = new ReadableStream({
    start() {
      log.push('start');
      return new Promise((r) => setTimeout(() => { log.push('start resolved'); r(); }, 10));
    },
    pull(c) {
      log.push('pull');
      c.enqueue('x');
      c.close();
    },
  });
  const reader = rs.getReader();
  log.push('reading');
  const res = await reader.read();
  log.push(`got ${res.value}`);
  console.log(log.join('\n'));
  const bad = new ReadableStream({ start() { return Promise.reject(new Error('nope')); } });
  const r2 = bad.getReader();
  await r2.read().catch((e) => console.log('read rejected', e.message));
  await r2.closed.catch((e) => console.log('closed rejected', e.message));
  // start's thenable return is awaited too
  const rs3 = new ReadableStream({
    start(c) { return { then(res) { c.enqueue('from thenable'); res(); } }; },
  });
  console.log((await rs3.getReader().read()).value);
})();
