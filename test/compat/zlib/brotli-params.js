'use strict';
// Brotli params: valid keys and values, ERR_BROTLI_INVALID_PARAM, ERR_INVALID_ARG_TYPE, init failure.
const zlib = require('zlib');
const C = zlib.constants;

function tryIt(label, fn) {
  try { const r = fn(); console.log(label, 'ok', r && r.length); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const input = 'brotli parameter test '.repeat(30);
tryIt('quality 4', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_QUALITY]: 4 } }));
tryIt('mode font', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_FONT } }));
tryIt('size hint', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_SIZE_HINT]: 660 } }));
tryIt('lgblock', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_LGBLOCK]: 16 } }));
tryIt('boolean', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true } }));
tryIt('large window', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_LARGE_WINDOW]: 1, [C.BROTLI_PARAM_LGWIN]: 26 } }), { params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } }));
tryIt('decoder param', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(input), { params: { [C.BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION]: true } }));
tryIt('key 9', () => zlib.brotliCompressSync(input, { params: { 9: 1 } }));
tryIt('key -1', () => zlib.brotliCompressSync(input, { params: { '-1': 1 } }));
tryIt('key name', () => zlib.brotliCompressSync(input, { params: { quality: 1 } }));
tryIt('key 1000', () => zlib.createBrotliDecompress({ params: { 1000: 1 } }));
tryIt('value string', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_QUALITY]: '4' } }));
tryIt('value null', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_QUALITY]: null } }));
tryIt('value object', () => zlib.createBrotliCompress({ params: { 1: {} } }));
tryIt('bad mode value', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_MODE]: 10 } }));
tryIt('bad lgwin', () => zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_LGWIN]: 5 } }));
tryIt('params null', () => zlib.brotliCompressSync(input, { params: null }));
tryIt('params empty', () => zlib.brotliCompressSync(input, { params: {} }));
tryIt('brotli chunkSize', () => zlib.brotliCompressSync(input, { chunkSize: 10 }));
