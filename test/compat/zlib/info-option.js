'use strict';
// { info: true } returns { buffer, engine } from the helpers.
const zlib = require('zlib');

const r = zlib.deflateSync('info please', { info: true });
console.log(Object.keys(r), Buffer.isBuffer(r.buffer), r.engine instanceof zlib.Deflate, r.engine.bytesWritten,
            r.engine._closed, zlib.inflateSync(r.buffer).toString());
const g = zlib.gunzipSync(zlib.gzipSync('gz info'), { info: true });
console.log(g.buffer.toString(), g.engine.constructor.name, g.engine.bytesWritten);
// The second async call starts from the first one's callback so the output order is fixed.
zlib.brotliCompress('async info', { info: true }, (err, res) => {
  console.log(err, Object.keys(res), res.engine.constructor.name, res.engine.bytesWritten,
              zlib.brotliDecompressSync(res.buffer).toString());
  zlib.inflate(zlib.deflateSync(''), { info: true }, (err, res) => {
    console.log('empty', err, res.buffer.length, res.engine.bytesWritten);
  });
});
