'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomBytes(size): lengths and types, never the values.
for (const n of [0, 1, 2, 16, 31, 1024, 65537, 1.5, 2.9]) {
  const b = crypto.randomBytes(n);
  console.log(n, Buffer.isBuffer(b), b.length);
}
const big = crypto.randomBytes(4096);
console.log('not all zero', big.some((x) => x !== 0));
console.log('differ', !crypto.randomBytes(32).equals(crypto.randomBytes(32)));
