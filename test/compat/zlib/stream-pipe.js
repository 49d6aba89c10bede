'use strict';
// pipeline() through compressor and decompressor pairs, with many small writes.
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');

function source(n) {
  let i = 0;
  return new Readable({
    read() { this.push(i < n ? `chunk ${i++} of data ${'x'.repeat(i % 50)}\n` : null); },
  });
}
function sink(label, expectedLength) {
  const parts = [];
  return new Writable({
    write(c, e, cb) { parts.push(c); cb(); },
    final(cb) { const all = Buffer.concat(parts); console.log(label, all.length, all.length === expectedLength, all.toString().split('\n')[1234]); cb(); },
  });
}
let expected = 0;
for (let i = 0; i < 3000; i++) expected += Buffer.byteLength(`chunk ${i} of data ${'x'.repeat((i + 1) % 50)}\n`);
const pairs = [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'], ['createBrotliCompress', 'createBrotliDecompress']];
let k = 0;
(function next() {
  if (k === pairs.length) return;
  const [c, d] = pairs[k++];
  pipeline(source(3000), zlib[c](), zlib[d](), sink(`${c}->${d}`, expected), (err) => {
    console.log('done', c, err);
    next();
  });
})();
