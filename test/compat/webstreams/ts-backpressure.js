// TransformStream backpressure: transform() waits until the readable side wants data.
const { TransformStream } = require('stream/web');
(async () => {
  const log = [];
  const ts = new TransformStream({
    transform(chunk, c) { log.push(`transform ${chunk} desired ${c.desiredSize}`); c.enqueue(chunk); },
  }, { highWaterMark: 1 }, { highWaterMark: 0 });
  const w = ts.writable.getWriter();
  await new Promise((r) => setTimeout(r, 1));
  log.push(`writer desired ${w.desiredSize}`);
  const p1 = w.write('a').then(() => log.push('a written'));
  const p2 = w.write('b').then(() => log.push('b written'));
  await new Promise((r) => setTimeout(r, 5));
  log.push(`before read, writer desired ${w.desiredSize}`);
  const r = ts.readable.getReader();
  log.push(`read ${(await r.read()).value}`);
  await new Promise((r2) => setTimeout(r2, 1));
  log.push(`read ${(await r.read()).value}`);
  await Promise.all([p1, p2]);
  console.log(log.join('\n'));
})();
