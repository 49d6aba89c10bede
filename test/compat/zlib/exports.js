'use strict';
// The shape of node:zlib: classes, factories, helpers, names and arities.
const zlib = require('zlib');

const names = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress'];
const exported = Object.keys(zlib).filter((k) => !/zstd/i.test(k));
console.log(exported.join(','));
for (const n of names) {
  const C = zlib[n];
  const s = new C();
  const f = zlib['create' + n](); 
  console.log(n, typeof C, C.name, f instanceof C, s.constructor === C, typeof s.write, typeof s.flush,
              typeof s.params, typeof s.reset, typeof s.close, s.bytesWritten, s.readable, s.writable,
              s instanceof require('stream').Transform);
  s.close();
  f.close();
}
for (const k of exported) {
  if (typeof zlib[k] === 'function') console.log(k, zlib[k].name, zlib[k].length);
}
console.log(require('zlib') === require('node:zlib'));
