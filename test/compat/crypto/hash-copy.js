'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// copy() snapshots the state: later updates to either side are independent.
const h = crypto.createHash('sha256').update('abc');
const c1 = h.copy();
h.update('def');
const c2 = h.copy();
console.log(c1.digest('hex'));
console.log(h.digest('hex'));
console.log(c2.update('ghi').digest('hex'));
console.log(crypto.createHash('sha256').update('abcdefghi').digest('hex'));
const chain = crypto.createHash('md5');
const out = [];
for (const ch of 'hello') { chain.update(ch); out.push(chain.copy().digest('hex')); }
console.log(out.join(' '));
console.log(c1.constructor === crypto.Hash, c1 instanceof crypto.Hash);
show('copy bad options', () => h.copy({ outputLength: 'x' }));
