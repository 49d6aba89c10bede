'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// Unknown digests and bad algorithm arguments.
for (const name of ['nope', '', 'sha257', 'SHA-256', 'shake', 'md4x']) {
  show(JSON.stringify(name), () => crypto.createHash(name));
}
for (const v of [1, null, undefined, {}, Symbol('x')]) {
  show(typeof v, () => crypto.createHash(v));
}
