'use strict';
// Several megabytes through streams with backpressure (slow consumer), every mode.
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');

let seed = 11;
function rand() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; }
const block = Buffer.alloc(1 << 16);
for (let i = 0; i < block.length; i++) block[i] = (rand() % 7) * 13 + (i % 3);
const total = 64;
let expectedCrc = 0;
for (let i = 0; i < total; i++) expectedCrc = zlib.crc32(block, expectedCrc);
const pairs = [['createGzip', 'createGunzip'], ['createDeflateRaw', 'createInflateRaw'], ['createBrotliCompress', 'createBrotliDecompress']];
(function next() {
  const pair = pairs.shift();
  if (!pair) return;
  let sent = 0;
  let got = 0;
  let crc = 0;
  let calls = 0;
  const src = new Readable({ read() { this.push(sent++ < total ? block : null); } });
  const slow = new Writable({
    highWaterMark: 1024,
    write(c, e, cb) { got += c.length; crc = zlib.crc32(c, crc); if (++calls % 50 === 0) setImmediate(cb); else cb(); },
  });
  pipeline(src, zlib[pair[0]]({ level: 1 }), zlib[pair[1]]({ chunkSize: 4096 }), slow, (err) => {
    console.log(pair.join(' '), err, got, got === total * block.length, crc === expectedCrc);
    next();
  });
})();
