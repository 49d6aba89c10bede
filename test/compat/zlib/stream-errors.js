'use strict';
// Errors on streams: 'error' event properties, destroyed state, write-after-end, bad chunks.
const zlib = require('zlib');

const inf = zlib.createInflate();
inf.on('error', (e) => {
  console.log('inflate error', e.name, e.code, e.errno, e.message, inf.destroyed);
  inf.on('close', () => console.log('inflate closed', inf._closed));
});
inf.write(Buffer.from([0x78, 0x9c]));
inf.write(Buffer.from('xxxx'));
const gun = zlib.createGunzip();
gun.on('error', (e) => console.log('gunzip error', e.code, e.message));
gun.on('data', (d) => console.log('gunzip data', d.toString()));
gun.end(zlib.gzipSync('ok').subarray(0, 15));
const d = zlib.createDeflate();
d.on('error', (e) => console.log('deflate error', e.code, e.message));
d.end('done');
d.write('after end', (err) => console.log('write cb', err && err.code));
const t = zlib.createGzip();
try { t.write(42); } catch (e) { console.log('bad chunk', e.name, e.code, e.message); }
t.on('error', (e) => console.log('bad chunk event', e.code));
const o = zlib.createDeflate({ objectMode: true, encoding: 'utf8' });
console.log('objectMode', o.readableObjectMode, o.writableObjectMode, o.readableEncoding);
o.close();
