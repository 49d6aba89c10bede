'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// The implemented part of node:crypto's surface.
for (const k of ['createHash', 'createHmac', 'getHashes', 'getCiphers', 'getCurves', 'randomBytes', 'randomFill',
  'randomFillSync', 'randomInt', 'randomUUID', 'timingSafeEqual', 'hash', 'Hash', 'Hmac', 'constants', 'webcrypto',
  'subtle', 'getRandomValues']) {
  console.log(k, typeof crypto[k], Object.keys(crypto).includes(k));
}
console.log(require('node:crypto') === crypto);
console.log(crypto.createHash.length, crypto.createHmac.length, crypto.randomBytes.length, crypto.timingSafeEqual.length);
