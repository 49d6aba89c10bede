'use strict';
// Classes work with and without `new`; subclassing works.
const zlib = require('zlib');

for (const n of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress']) {
  const a = zlib[n]();
  const b = new zlib[n]({ chunkSize: 1024 });
  console.log(n, a instanceof zlib[n], b instanceof zlib[n], a._chunkSize, b._chunkSize,
              Object.getPrototypeOf(zlib[n].prototype) === Object.getPrototypeOf(zlib.Deflate.prototype));
  a.close();
  b.close();
}
class MyGzip extends zlib.Gzip {
  constructor() { super({ level: 9 }); this.tag = 'mine'; }
}
const m = new MyGzip();
const out = [];
m.on('data', (c) => out.push(c));
m.on('end', () => console.log(m.tag, m instanceof zlib.Gzip, zlib.gunzipSync(Buffer.concat(out)).toString()));
m.end('subclassed');
