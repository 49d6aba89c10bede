'use strict';
// Exact brotli bytes for fixed inputs at qualities whose output every brotli release agrees on.
const zlib = require('zlib');
const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_SIZE_HINT } = zlib.constants;

for (const s of ['', 'a', 'hello world', 'The quick brown fox jumps over the lazy dog. '.repeat(50)]) {
  for (const q of [0, 1, 5, 9, 11]) {
    console.log(JSON.stringify(s.slice(0, 20)), q, zlib.brotliCompressSync(s, { params: { [BROTLI_PARAM_QUALITY]: q } }).toString('base64'));
  }
  console.log('lgwin16', zlib.brotliCompressSync(s, { params: { [BROTLI_PARAM_LGWIN]: 16 } }).toString('base64'));
  console.log('hint', zlib.brotliCompressSync(s, { params: { [BROTLI_PARAM_SIZE_HINT]: s.length } }).toString('base64'));
}
