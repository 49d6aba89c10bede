'use strict';
// chunkSize bounds the size of each output chunk.
const zlib = require('zlib');

let seed = 3;
function rand() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; }
const input = Buffer.from(Array.from({ length: 20000 }, () => rand() & 0xff));
const packed = zlib.deflateSync(input);
const sizes = [64, 100, 1024, 16384, 65536];
(function next() {
  const chunkSize = sizes.shift();
  if (!chunkSize) return;
  const inf = zlib.createInflate({ chunkSize });
  const lens = [];
  inf.on('data', (c) => lens.push(c.length));
  inf.on('end', () => {
    console.log(chunkSize, lens.length, Math.max(...lens), lens.reduce((a, b) => a + b, 0));
    next();
  });
  inf.end(packed);
})();
console.log('sync', zlib.inflateSync(packed, { chunkSize: 64 }).equals(input), zlib.deflateSync(input, { chunkSize: 64 }).length === packed.length);
