'use strict';
// finishFlush Z_SYNC_FLUSH decodes truncated input without an error; flush option per write.
const zlib = require('zlib');
const { Z_SYNC_FLUSH, Z_FULL_FLUSH, BROTLI_OPERATION_FLUSH } = zlib.constants;

const data = Buffer.from('partial data is fine '.repeat(100));
const gz = zlib.gzipSync(data);
const part = gz.subarray(0, Math.floor(gz.length / 2));
const got = zlib.gunzipSync(part, { finishFlush: Z_SYNC_FLUSH });
console.log(got.length > 0, data.toString().startsWith(got.toString()));
try { zlib.gunzipSync(part); } catch (e) { console.log(e.code, e.message); }
zlib.gunzip(part, { finishFlush: Z_SYNC_FLUSH }, (e, r) => console.log('async', e, r.length === got.length));
const br = zlib.brotliCompressSync(data);
const brPart = zlib.brotliDecompressSync(br.subarray(0, br.length - 3), { finishFlush: BROTLI_OPERATION_FLUSH });
console.log('brotli', brPart.length <= data.length);
// flush: Z_SYNC_FLUSH makes every write produce output at once
const d = zlib.createDeflate({ flush: Z_FULL_FLUSH });
let n = 0;
d.on('data', () => n++);
d.write('a', () => { console.log('after write a', n > 0); d.end('b'); });
d.on('end', () => console.log('chunks', n >= 2));
