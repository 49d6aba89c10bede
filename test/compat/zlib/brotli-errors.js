'use strict';
// Brotli decoder errors: codes from the decoder's error names, errno, sync and async.
const zlib = require('zlib');

const good = zlib.brotliCompressSync('a brotli stream to break '.repeat(20));
const cases = {
  garbage: Buffer.from('definitely not brotli data'),
  'flipped byte': Buffer.concat([good.subarray(0, 5), Buffer.from([good[5] ^ 0xff]), good.subarray(6)]),
  'trailing data': Buffer.concat([good, Buffer.from('extra')]),
  'all ones': Buffer.alloc(16, 0xff),
  truncated: good.subarray(0, good.length >> 1),
};
const names = Object.keys(cases);
for (const name of names) {
  try { console.log(name, zlib.brotliDecompressSync(cases[name]).length); } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.message, Object.keys(e).join(','));
  }
}
(function next() {
  const name = names.shift();
  if (!name) return;
  zlib.brotliDecompress(cases[name], (e, r) => {
    console.log('async', name, e ? `${e.code} ${e.errno} ${e.message}` : r.length);
    next();
  });
})();
