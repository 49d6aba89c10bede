'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// crypto.constants (the OpenSSL version number aside).
const c = { ...crypto.constants };
delete c.OPENSSL_VERSION_NUMBER;
console.log(JSON.stringify(c, null, 1));
console.log(typeof crypto.constants.OPENSSL_VERSION_NUMBER, Object.isFrozen(crypto.constants));
