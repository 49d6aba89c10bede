'use strict';
// maxOutputLength: ERR_BUFFER_TOO_LARGE from the sync and callback helpers.
const zlib = require('zlib');

const big = Buffer.alloc(100000, 'm');
const forms = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['brotliCompress', 'brotliDecompress']];
for (const [c, d] of forms) {
  const packed = zlib[c + 'Sync'](big);
  for (const maxOutputLength of [1, 99999, 100000, 200000]) {
    try { console.log(d, maxOutputLength, zlib[d + 'Sync'](packed, { maxOutputLength }).length); } catch (e) {
      console.log(d, maxOutputLength, e.name, e.code, e.message);
    }
  }
}
try { zlib.deflateSync(big, { maxOutputLength: 10 }); } catch (e) { console.log('deflate', e.code, e.message); }
let pending = forms.length;
for (const [c, d] of forms) {
  zlib[d](zlib[c + 'Sync'](big), { maxOutputLength: 5000 }, (e, r) => {
    console.log('async', d, e && e.name, e && e.code, e && e.message, r);
    if (--pending === 0) zlib.gunzip(zlib.gzipSync(big), { maxOutputLength: 100000 }, (e2, r2) => console.log('exact', e2, r2.length));
  });
}
