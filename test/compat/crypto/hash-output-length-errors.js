'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// outputLength validation, and non-XOF digests with another length.
for (const v of [-1, 1.5, '1', null, 2 ** 32, NaN, Infinity, true]) {
  show(String(v), () => crypto.createHash('shake128', { outputLength: v }).digest('hex'));
}
show('sha256 16', () => crypto.createHash('sha256', { outputLength: 16 }));
show('sha256 32', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
try { crypto.createHash('sha1', { outputLength: 5 }); } catch (e) { console.log(Object.keys(e), e.library, e.reason); }
for (const o of [null, 5, 'x', [], undefined]) show(`options ${o}`, () => crypto.createHash('sha1', o).digest('hex'));
