'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// A Hash is done after digest(): digest, update and copy throw ERR_CRYPTO_HASH_FINALIZED.
const h = crypto.createHash('sha256');
h.update('x');
console.log(h.digest('hex'));
show('digest again', () => h.digest('hex'));
show('update', () => h.update('y'));
show('copy', () => h.copy());
show('digest buffer', () => h.digest());
