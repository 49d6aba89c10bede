'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomInt stays within [min, max) and covers small ranges.
const seen = new Set();
for (let i = 0; i < 2000; i++) seen.add(crypto.randomInt(5));
console.log([...seen].sort().join(','));
let ok = true;
for (let i = 0; i < 2000; i++) { const n = crypto.randomInt(-10, -7); if (n < -10 || n >= -7 || !Number.isInteger(n)) ok = false; }
console.log(ok);
for (let i = 0; i < 200; i++) { const n = crypto.randomInt(0, 2 ** 48 - 1); if (n < 0 || n >= 2 ** 48 - 1) ok = false; }
for (let i = 0; i < 200; i++) { const n = crypto.randomInt(-(2 ** 53) + 1, -(2 ** 53) + 10); if (n < -(2 ** 53) + 1 || n >= -(2 ** 53) + 10) ok = false; }
console.log(ok, crypto.randomInt(1), crypto.randomInt(7, 8));
// Uniformity: each of 4 buckets gets roughly a quarter of 40000 draws.
const counts = [0, 0, 0, 0];
for (let i = 0; i < 40000; i++) counts[crypto.randomInt(4)]++;
console.log(counts.every((c) => c > 9000 && c < 11000));
