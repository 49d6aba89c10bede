'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// Strings are hashed as UTF-8, lone surrogates as U+FFFD.
for (const s of ['\u00ff', '\u20ac', '\ud83d\ude00', '\ud800', '\udc00', 'a\ud800b', '\ud800\ud800', '\u0000', 'x'.repeat(20000) + '\u00e9'.repeat(10000)]) {
  console.log(s.length, crypto.createHash('sha256').update(s).digest('hex'));
}
