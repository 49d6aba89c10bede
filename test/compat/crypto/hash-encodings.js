'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// digest() output encodings.
const encs = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'HEX', 'Base64', 'bogus', undefined, null, ''];
for (const e of encs) {
  const r = crypto.createHash('sha1').update('hello').digest(e);
  console.log(String(e), typeof r, Buffer.isBuffer(r), Buffer.isBuffer(r) ? r.toString('hex') : JSON.stringify(r));
}
const u = crypto.createHash('md5').update('x').digest('utf16le');
console.log('utf16le', u.length, Buffer.from(u, 'utf16le').toString('hex'));
const a = crypto.createHash('md5').update('x').digest('ascii');
console.log('ascii', JSON.stringify(a));
