'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// Known-answer vectors for sha3-512: empty, 'abc', the 448-bit NIST message, a million 'a's.
const alg = 'sha3-512';
show('empty', () => crypto.createHash(alg).digest('hex'));
show('abc', () => crypto.createHash(alg).update('abc').digest('hex'));
show('nist448', () => crypto.createHash(alg).update('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').digest('hex'));
const h = crypto.createHash(alg);
const chunk = Buffer.alloc(1000, 'a');
for (let i = 0; i < 1000; i++) h.update(chunk);
show('million-a', () => h.digest('hex'));
show('split', () => crypto.createHash(alg).update('a').update('b').update('c').digest('hex'));
show('length', () => crypto.createHash(alg).digest().length);
