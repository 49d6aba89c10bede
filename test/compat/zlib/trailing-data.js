'use strict';
// Data after the end of a zlib/raw/brotli stream ends the output; the stream still ends.
const zlib = require('zlib');

const forms = [['createInflate', zlib.deflateSync('first stream')], ['createInflateRaw', zlib.deflateRawSync('raw stream')],
  ['createBrotliDecompress', zlib.brotliCompressSync('brotli stream')]];
(function next() {
  const f = forms.shift();
  if (!f) return;
  const s = zlib[f[0]]();
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('error', (e) => { console.log(f[0], 'error', e.code, e.message); next(); });
  s.on('end', () => { console.log(f[0], Buffer.concat(out).toString(), s.bytesWritten, f[1].length); next(); });
  s.write(Buffer.concat([f[1], Buffer.from('trailing garbage')]));
  s.end();
})();
console.log(zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('raw sync'), Buffer.from('zz')])).toString());
