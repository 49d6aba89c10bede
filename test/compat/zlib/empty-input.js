'use strict';
// Empty inputs and empty streams in every mode.
const zlib = require('zlib');

for (const m of ['deflate', 'gzip', 'deflateRaw', 'brotliCompress']) {
  const c = zlib[m + 'Sync']('');
  console.log(m, c.toString('hex'), zlib[m + 'Sync'](Buffer.alloc(0)).equals(c), zlib[m + 'Sync'](new ArrayBuffer(0)).length);
}
console.log(zlib.inflateSync(zlib.deflateSync('')).length, zlib.gunzipSync(zlib.gzipSync('')).length,
            zlib.inflateRawSync(zlib.deflateRawSync('')).length, zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length);
try { console.log('raw empty', zlib.inflateRawSync(Buffer.alloc(0)).length); } catch (e) { console.log('raw empty', e.code, e.message); }
const g = zlib.createGzip();
const out = [];
g.on('data', (c) => out.push(c));
g.on('end', () => console.log('empty stream', Buffer.concat(out).toString('hex')));
g.end();
zlib.deflate('', (e, r) => console.log('async empty', e, r.toString('hex')));
const u = zlib.createUnzip();
u.on('error', (e) => console.log('unzip empty', e.code, e.message));
u.on('end', () => console.log('unzip empty end'));
u.resume();
u.end();
