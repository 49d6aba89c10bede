'use strict';
// Validation of options.windowBits for every mode, including 0 for decompressors.
const zlib = require('zlib');

function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const modes = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'];
for (const m of modes) {
  for (const windowBits of [0, 7, 8, 9, 15, 16, -1, 'x', null, undefined, NaN]) {
    tryIt(`${m} ${String(windowBits)}`, () => new zlib[m]({ windowBits }));
  }
}
// a window of 8 bits still round trips
const c = zlib.deflateSync('windowed', { windowBits: 8 });
console.log(zlib.inflateSync(c).toString(), zlib.inflateSync(c, { windowBits: 0 }).toString());
const r = zlib.deflateRawSync('windowed raw', { windowBits: 8 });
console.log(zlib.inflateRawSync(r, { windowBits: 9 }).toString());
// decompressing with a window smaller than the stream's fails
try { zlib.inflateSync(zlib.deflateSync('x'.repeat(100)), { windowBits: 8 }); } catch (e) { console.log(e.code, e.message); }
