'use strict';
// close(cb), _closed, writes after close, destroy with error.
const zlib = require('zlib');

const a = zlib.createGzip();
console.log('before', a._closed, a.destroyed);
a.close(() => {
  console.log('close cb', a._closed, a.destroyed);
  a.write('late', (err) => console.log('write after close', err && err.code, err && err.message));
});
a.on('error', (e) => console.log('error event', e.code));
console.log('sync after close', a._closed, a.destroyed);
const b = zlib.createInflate();
b.on('close', () => console.log('b closed', b._closed));
b.on('error', (e) => console.log('b error', e.message));
b.destroy(new Error('boom'));
const c = zlib.createDeflate();
c.close();
c.close(() => console.log('second close cb'));
const d = zlib.createBrotliCompress();
d.write('data');
d.close((err) => console.log('brotli close cb', err && err.code));
const e = zlib.createDeflate();
e.on('data', () => {});
e.end('finish first', () => {
  console.log('finished, closed?', e._closed);
  e.on('close', () => console.log('e close', e._closed));
});
