'use strict';
// Validation of chunkSize, flush, finishFlush and maxOutputLength (zlib and brotli bounds).
const zlib = require('zlib');

function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
for (const chunkSize of [63, 64, 0, -1, 1e9, '100', NaN, Infinity, null]) {
  tryIt(`chunkSize ${String(chunkSize)}`, () => zlib.createDeflate({ chunkSize }));
}
for (const flush of [-1, 0, 5, 6, 'x', 3.5]) {
  tryIt(`flush ${flush}`, () => zlib.createInflate({ flush }));
  tryIt(`finishFlush ${flush}`, () => zlib.createInflate({ finishFlush: flush }));
  tryIt(`brotli flush ${flush}`, () => zlib.createBrotliCompress({ flush }));
  tryIt(`brotli finishFlush ${flush}`, () => zlib.createBrotliDecompress({ finishFlush: flush }));
}
for (const maxOutputLength of [0, 1, -5, 2 ** 53, 1.5, 'big']) {
  tryIt(`maxOutputLength ${maxOutputLength}`, () => zlib.createGunzip({ maxOutputLength }));
}
tryIt('options not object', () => zlib.deflateSync('x', 'nope'));
tryIt('options null', () => zlib.deflateSync('x', null));
