'use strict';
// Sync, callback and stream forms produce identical bytes.
const zlib = require('zlib');

let seed = 5;
function rand() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; }
let s = '';
for (let i = 0; i < 20000; i++) s += String.fromCharCode(97 + (rand() % 6));
const input = Buffer.from(s);
const modes = ['deflate', 'gzip', 'deflateRaw', 'brotliCompress'];
(function next() {
  const m = modes.shift();
  if (!m) return;
  const sync = zlib[m + 'Sync'](input);
  zlib[m](input, (err, cb) => {
    const ctor = { deflate: 'createDeflate', gzip: 'createGzip', deflateRaw: 'createDeflateRaw', brotliCompress: 'createBrotliCompress' }[m];
    const st = zlib[ctor]();
    const parts = [];
    st.on('data', (c) => parts.push(c));
    st.on('end', () => {
      const streamed = Buffer.concat(parts);
      console.log(m, err, sync.equals(cb), sync.equals(streamed), sync.length > 0);
      next();
    });
    for (let i = 0; i < input.length; i += 1000) st.write(input.subarray(i, i + 1000));
    st.end();
  });
})();
