// pipeTo() error propagation in both directions and argument errors.
const { ReadableStream, WritableStream } = require('stream/web');
(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; c.enqueue('x'); } });
  const ws = new WritableStream({ write(x) { console.log('write', x); }, abort(r) { console.log('dest abort', r.message); } });
  const p = rs.pipeTo(ws);
  await new Promise((r) => setTimeout(r, 1));
  ctl.error(new Error('source failed'));
  await p.catch((e) => console.log('pipe rejected', e.message));
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel(r) { console.log('source cancel', r.message); } });
  const ws2 = new WritableStream({ write(x) { if (x === 2) throw new Error('sink failed'); console.log('write', x); } });
  await rs2.pipeTo(ws2).catch((e) => console.log('pipe rejected', e.message));
  for (const [label, fn] of [
    ['dest number', () => new ReadableStream().pipeTo(1)],
    ['dest undefined', () => new ReadableStream().pipeTo()],
    ['src locked', () => { const s = new ReadableStream(); s.getReader(); return s.pipeTo(new WritableStream()); }],
    ['dest locked', () => { const w = new WritableStream(); w.getWriter(); return new ReadableStream().pipeTo(w); }],
  ]) {
    await fn().catch((e) => console.log(label, e.name, e.code, e.message));
  }
})();
