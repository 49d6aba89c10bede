// stream.Duplex.toWeb() and Duplex.fromWeb().
const { Duplex, PassThrough } = require('stream');
const { TransformStream } = require('stream/web');
(async () => {
  const pt = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pt);
  console.log(readable.constructor.name, writable.constructor.name);
  const w = writable.getWriter();
  w.write(new TextEncoder().encode('through'));
  w.close();
  const out = [];
  for await (const x of readable) out.push(Buffer.from(x).toString());
  console.log(out.join(''));
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(new TextEncoder().encode(Buffer.from(c).toString().toUpperCase())); } });
  const d = Duplex.fromWeb(ts);
  console.log(d instanceof Duplex);
  const res = [];
  d.on('data', (c) => res.push(c.toString()));
  d.write('abc');
  d.end('def');
  await new Promise((r) => d.on('end', r));
  console.log(res.join(''));
  const d2 = Duplex.fromWeb(new TransformStream(), { objectMode: true });
  d2.write({ x: 1 });
  d2.end();
  for await (const o of d2) console.log(JSON.stringify(o));
  for (const [label, fn] of [['no pair', () => Duplex.fromWeb(1)], ['bad readable', () => Duplex.fromWeb({ readable: 1, writable: new TransformStream().writable })], ['toWeb of object', () => Duplex.toWeb({})]]) {
    try { fn(); } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
})();
