// stream.Readable.toWeb(): Node readable to ReadableStream.
const { Readable } = require('stream');
(async () => {
  const web = Readable.toWeb(Readable.from(['a', 'b', 'c']));
  console.log(web.constructor.name);
  const out = [];
  for await (const x of web) out.push(x);
  console.log(out.join(','));
  const bin = Readable.toWeb(new Readable({ read() { this.push(Buffer.from('bytes')); this.push(null); } }));
  const r = bin.getReader();
  const first = await r.read();
  console.log(first.value.constructor.name, Buffer.from(first.value).toString(), (await r.read()).done);
  const failing = new Readable({ read() { this.destroy(new Error('node side failed')); } });
  await Readable.toWeb(failing).getReader().read().catch((e) => console.log('error', e.message));
  const node = new Readable({ read() {} });
  node.on('close', () => console.log('node stream closed, destroyed:', node.destroyed));
  const w2 = Readable.toWeb(node);
  await w2.cancel(new Error('cancel reason'));
  await new Promise((res) => setTimeout(res, 5));
  const destroyed = new Readable({ read() {} });
  destroyed.destroy();
  const dw = Readable.toWeb(destroyed);
  console.log('from destroyed', (await dw.getReader().read()).done);
  try { Readable.toWeb({}); } catch (e) { console.log(e.name, e.code, e.message); }
})();
