'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// An Hmac digests once; a second digest() is empty, update() after it throws.
const h = crypto.createHmac('sha1', 'k').update('x');
console.log(h.digest('hex'));
show('again hex', () => JSON.stringify(h.digest('hex')));
show('again buffer', () => h.digest().length);
show('update', () => h.update('y'));
console.log(typeof h.copy);
