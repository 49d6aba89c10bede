'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// HMAC over every common digest and a few aliases.
for (const a of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-256', 'sha3-512', 'ripemd160', 'RSA-SHA256', 'SHA1']) {
  console.log(a, crypto.createHmac(a, 'secret').update('The quick brown fox').update(Buffer.from(' jumps')).digest('base64'));
}
