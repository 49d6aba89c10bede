// stream.Readable.fromWeb(): ReadableStream to Node readable.
const { Readable } = require('stream');
const { ReadableStream } = require('stream/web');
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('hello ')); c.enqueue(new TextEncoder().encode('world')); c.close(); } });
  const node = Readable.fromWeb(rs);
  console.log(node instanceof Readable, rs.locked);
  const chunks = [];
  for await (const c of node) chunks.push(Buffer.isBuffer(c) ? 'buf:' + c.toString() : c);
  console.log(chunks.join('|'));
  const obj = Readable.fromWeb(ReadableStream.from([{ a: 1 }, { b: 2 }]), { objectMode: true });
  const objs = [];
  for await (const o of obj) objs.push(JSON.stringify(o));
  console.log(objs.join(' '), obj.readableObjectMode);
  const enc = Readable.fromWeb(ReadableStream.from([new Uint8Array([0x68, 0x69])]), { encoding: 'utf8' });
  for await (const s of enc) console.log(typeof s, s);
  const failing = new ReadableStream({ pull(c) { c.error(new Error('web side failed')); } });
  const nf = Readable.fromWeb(failing);
  nf.on('error', (e) => console.log('node error', e.message));
  nf.resume();
  await new Promise((r) => setTimeout(r, 5));
  const cancelled = new ReadableStream({ cancel(r) { console.log('web cancel', r && r.message); } });
  const nc = Readable.fromWeb(cancelled);
  nc.destroy(new Error('destroyed'));
  nc.on('error', () => {});
  await new Promise((r) => setTimeout(r, 5));
  for (const [label, fn] of [['not stream', () => Readable.fromWeb({})], ['bad encoding', () => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' })], ['bad options', () => Readable.fromWeb(new ReadableStream(), 1)]]) {
    try { fn(); } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
})();
