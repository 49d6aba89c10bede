// 256 MiB of semi-compressible generated data: gzip stream -> gunzip stream, verified by size
// and CRC-32 of what comes out against what went in.
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const { Buffer } = require('buffer');

const CHUNK = 64 * 1024;
const TOTAL = 256 * 1024 * 1024;
// A few distinct blocks of words and pseudo-random bytes: compresses to roughly a third.
const blocks = [];
let seed = 42;
for (let b = 0; b < 8; b++) {
  const buf = Buffer.alloc(CHUNK);
  for (let i = 0; i < CHUNK; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    buf[i] = i % 5 === 0 ? seed & 0xff : 97 + ((seed >> 8) % 16);
  }
  blocks.push(buf);
}
let produced = 0;
let inCrc = 0;
let outCrc = 0;
let consumed = 0;
const src = new Readable({
  read() {
    if (produced >= TOTAL) return this.push(null);
    const block = blocks[(produced / CHUNK) % blocks.length];
    produced += CHUNK;
    inCrc = zlib.crc32(block, inCrc);
    this.push(block);
  },
});
const sink = new Writable({
  write(data, encoding, cb) {
    consumed += data.length;
    outCrc = zlib.crc32(data, outCrc);
    cb();
  },
});
pipeline(src, zlib.createGzip(), zlib.createGunzip(), sink, (err) => {
  if (err) throw err;
  if (consumed !== TOTAL || inCrc !== outCrc) throw new Error(`mismatch ${consumed} ${inCrc} ${outCrc}`);
});
