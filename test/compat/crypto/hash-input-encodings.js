'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// update() input encodings for strings.
const cases = [['68656c6c6f', 'hex'], ['aGVsbG8=', 'base64'], ['aGVsbG8', 'base64url'], ['hello', 'utf8'],
  ['hello', 'utf-8'], ['hello', 'latin1'], ['h\u00e9llo', 'latin1'], ['h\u00e9llo', 'binary'], ['h\u00e9llo', 'utf8'],
  ['hello', 'ucs2'], ['hello', 'utf16le'], ['hello', 'ascii'], ['hello', 'bogus'], ['hello', 'buffer'], ['hello', undefined]];
for (const [s, e] of cases) console.log(JSON.stringify(s), e, crypto.createHash('sha256').update(s, e).digest('hex'));
