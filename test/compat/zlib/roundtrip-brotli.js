'use strict';
// brotliCompressSync/brotliDecompressSync round trips across qualities and windows.
const zlib = require('zlib');
const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT } = zlib.constants;

let seed = 99;
function rand() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; }
const inputs = [Buffer.alloc(0), Buffer.from('b'), Buffer.from('brotli '.repeat(1000)),
  Buffer.from(Array.from({ length: 40000 }, () => rand() & 0xff))];
for (const input of inputs) {
  for (let q = 0; q <= 11; q += 1) {
    const c = zlib.brotliCompressSync(input, { params: { [BROTLI_PARAM_QUALITY]: q } });
    console.log(input.length, q, zlib.brotliDecompressSync(c).equals(input));
  }
  for (const lgwin of [10, 16, 24]) {
    const c = zlib.brotliCompressSync(input, { params: { [BROTLI_PARAM_LGWIN]: lgwin, [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT } });
    console.log('lgwin', lgwin, zlib.brotliDecompressSync(c).equals(input));
  }
}
