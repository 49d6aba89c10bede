// DecompressionStream errors on corrupt input.
const { DecompressionStream } = require('stream/web');
(async () => {
  for (const fmt of ['gzip', 'deflate']) {
    const ds = new DecompressionStream(fmt);
    const w = ds.writable.getWriter();
    const r = ds.readable.getReader();
    w.write(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).catch((e) => console.log(fmt, 'write rejected', e.code));
    w.close().catch((e) => console.log(fmt, 'close rejected', e.code));
    await r.read().then((v) => console.log(fmt, 'read', v.done), (e) => console.log(fmt, 'read rejected', e.code));
    await new Promise((res) => setTimeout(res, 5));
  }
})();
