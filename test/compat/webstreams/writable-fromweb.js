// stream.Writable.fromWeb(): WritableStream to Node writable.
const { Writable } = require('stream');
const { WritableStream } = require('stream/web');
(async () => {
  const got = [];
  const ws = new WritableStream({ write(c) { got.push(c instanceof Uint8Array ? `u8:${Buffer.from(c).toString()}` : c); }, close() { got.push('closed'); } });
  const node = Writable.fromWeb(ws);
  console.log(node instanceof Writable, ws.locked);
  node.write('str');
  node.write(Buffer.from('buf'));
  node.end('end');
  await new Promise((r) => node.on('finish', r));
  console.log(got.join(','));
  const objs = [];
  const on = Writable.fromWeb(new WritableStream({ write(c) { objs.push(typeof c); } }), { objectMode: true });
  on.write({ a: 1 });
  on.write('s');
  on.end();
  await new Promise((r) => on.on('finish', r));
  console.log(objs.join(','));
  const failing = Writable.fromWeb(new WritableStream({ write() { throw new Error('web write failed'); } }));
  failing.on('error', (e) => console.log('node error', e.message));
  failing.write('x');
  await new Promise((r) => setTimeout(r, 5));
  const aborting = new WritableStream({ abort(r) { console.log('web abort', r.message); } });
  const na = Writable.fromWeb(aborting);
  na.on('error', () => {});
  na.destroy(new Error('node destroy'));
  await new Promise((r) => setTimeout(r, 5));
  for (const [label, fn] of [['not stream', () => Writable.fromWeb({})], ['bad objectMode', () => Writable.fromWeb(new WritableStream(), { objectMode: 1 })]]) {
    try { fn(); } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
})();
