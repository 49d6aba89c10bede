'use strict';
// Validation of options.level, options.memLevel and options.strategy.
const zlib = require('zlib');

function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
for (const level of [-2, -1, 0, 9, 10, 1.5, NaN, Infinity, -Infinity, '3', null, true, undefined, {}]) {
  tryIt(`level ${String(level)}`, () => zlib.deflateSync('x', { level }));
}
for (const memLevel of [0, 1, 9, 10, '8', NaN, 2 ** 40]) {
  tryIt(`memLevel ${String(memLevel)}`, () => zlib.deflateSync('x', { memLevel }));
}
for (const strategy of [-1, 0, 4, 5, 'x', Infinity]) {
  tryIt(`strategy ${String(strategy)}`, () => zlib.createGzip({ strategy }));
}
tryIt('brotli ignores level', () => zlib.brotliCompressSync('x', { level: 100 }));
