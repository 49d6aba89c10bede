'use strict';
// Exact gzip and raw deflate bytes for short fixed inputs.
const zlib = require('zlib');

for (const s of ['', 'x', 'hello world', 'gzip gzip gzip gzip', Buffer.from([0, 1, 2, 3, 255])]) {
  for (const level of [0, 6, 9]) {
    console.log(JSON.stringify(s), level, zlib.gzipSync(s, { level }).toString('hex'));
    console.log(JSON.stringify(s), level, 'raw', zlib.deflateRawSync(s, { level }).toString('hex'));
  }
  console.log('wb9', zlib.gzipSync(s, { windowBits: 9 }).toString('hex'));
  console.log('mem1', zlib.deflateSync(s, { memLevel: 1 }).toString('hex'));
}
