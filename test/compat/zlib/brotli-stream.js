'use strict';
// Brotli streams: flush() emits decodable output mid-stream; chunked decoding.
const zlib = require('zlib');

const enc = zlib.createBrotliCompress();
const parts = [];
enc.on('data', (c) => parts.push(c));
enc.write('hello ');
enc.flush(() => {
  const sofar = Buffer.concat(parts);
  const dec = zlib.createBrotliDecompress();
  dec.on('data', (d) => console.log('decoded so far', d.toString()));
  dec.write(sofar);
  enc.write('brotli ');
  enc.flush(zlib.constants.BROTLI_OPERATION_FLUSH, () => {
    enc.end('world');
  });
});
enc.on('end', () => {
  const all = Buffer.concat(parts);
  console.log('final', zlib.brotliDecompressSync(all).toString());
  const dec = zlib.createBrotliDecompress({ chunkSize: 64 });
  const out = [];
  dec.on('data', (d) => out.push(d));
  dec.on('end', () => console.log('byte by byte', Buffer.concat(out).toString()));
  for (let i = 0; i < all.length; i++) dec.write(all.subarray(i, i + 1));
  dec.end();
});
