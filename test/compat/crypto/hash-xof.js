'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// shake128/shake256 with outputLength.
for (const alg of ['shake128', 'shake256']) {
  for (const n of [0, 1, 16, 32, 64, 100, undefined]) {
    show(`${alg} ${n}`, () => crypto.createHash(alg, { outputLength: n }).update('abc').digest('hex'));
  }
}
const h = crypto.createHash('shake256', { outputLength: 5 }).update('x');
console.log(h.copy({ outputLength: 10 }).digest('hex'), h.copy().digest('hex'), h.digest('hex'));
