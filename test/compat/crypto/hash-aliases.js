'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// OpenSSL aliases and case-insensitive names resolve to the same digests.
for (const name of ['RSA-SHA256', 'sha256WithRSAEncryption', 'SHA256', 'Sha256', 'RSA-MD5', 'ssl3-md5',
  'ssl3-sha1', 'RSA-SHA1-2', 'ripemd', 'rmd160', 'RSA-RIPEMD160', 'md5-sha1', 'RSA-SHA512/224',
  'sha512WithRSAEncryption', 'id-rsassa-pkcs1-v1_5-with-sha3-256', 'blake2b512', 'blake2s256', 'sm3']) {
  show(name, () => crypto.createHash(name).update('abc').digest('hex'));
}
