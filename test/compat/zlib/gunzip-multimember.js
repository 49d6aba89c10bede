'use strict';
// Concatenated gzip members decode as one; zero padding after a member is skipped; garbage is not.
const zlib = require('zlib');

const a = zlib.gzipSync('first member|');
const b = zlib.gzipSync('second member|');
const c = zlib.gzipSync('');
console.log(zlib.gunzipSync(Buffer.concat([a, b])).toString());
console.log(zlib.gunzipSync(Buffer.concat([a, c, b, a])).toString());
console.log(zlib.unzipSync(Buffer.concat([a, b])).toString());
console.log(zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(10)])).toString());
for (const tail of ['garbage', '\x1f', '\x1f\x8b', 'x']) {
  try { console.log(JSON.stringify(tail), zlib.gunzipSync(Buffer.concat([a, Buffer.from(tail, 'latin1')])).toString()); } catch (e) {
    console.log(JSON.stringify(tail), e.code, e.message);
  }
}
// inflate (zlib) ignores what follows the end of its stream
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('zlib'), Buffer.from('trailing')])).toString());
// streaming, one byte at a time
const g = zlib.createGunzip();
const out = [];
g.on('data', (d) => out.push(d));
g.on('end', () => console.log('stream', Buffer.concat(out).toString()));
const all = Buffer.concat([a, b, a]);
for (let i = 0; i < all.length; i++) g.write(all.subarray(i, i + 1));
g.end();
