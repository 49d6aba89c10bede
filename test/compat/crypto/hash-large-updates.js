'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// Large and many small updates agree with one-shot hashing.
const big = Buffer.alloc(5 * 1024 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
const one = crypto.createHash('sha256').update(big).digest('hex');
const h = crypto.createHash('sha256');
for (let i = 0; i < big.length; i += 4099) h.update(big.subarray(i, i + 4099));
console.log(one, one === h.digest('hex'));
console.log(crypto.hash('sha256', big) === one);
const s = 'h\u00e9llo w\u00f6rld \u20ac '.repeat(50000);
console.log(crypto.createHash('sha1').update(s).digest('hex') === crypto.createHash('sha1').update(Buffer.from(s)).digest('hex'));
