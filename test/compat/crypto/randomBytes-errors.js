'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomBytes size and callback validation.
for (const v of [-1, '1', 2 ** 31, NaN, Infinity, null, undefined, {}, 1n]) show(String(v), () => crypto.randomBytes(v));
show('max ok type', () => typeof crypto.randomBytes);
show('bad cb', () => crypto.randomBytes(1, 5));
show('bad cb null', () => crypto.randomBytes(1, null));
