'use strict';
// zlib.constants and zlib.codes: values, frozenness, legacy top-level copies.
const zlib = require('zlib');

const { constants, codes } = zlib;
const skip = new Set(['ZLIB_VERNUM']); // the linked zlib's version, not part of the API contract
for (const [k, v] of Object.entries(constants)) {
  if (!skip.has(k) && !k.startsWith('ZSTD')) console.log(k, v);
}
console.log(typeof constants.ZLIB_VERNUM, Object.isFrozen(constants), Object.isFrozen(codes));
console.log(JSON.stringify(codes));
console.log(Object.keys(codes).length);
console.log(zlib.Z_SYNC_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.DEFLATE, zlib.BROTLI_OPERATION_FLUSH,
            Object.keys(zlib).includes('Z_NO_FLUSH'));
const d = Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH');
console.log(d.enumerable, d.writable, d.configurable);
const c = Object.getOwnPropertyDescriptor(zlib, 'constants');
console.log(c.enumerable, c.writable, c.configurable);
try { 'use strict'; constants.Z_OK = 5; } catch (e) { console.log(e.name); }
console.log(constants.Z_OK);
