'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// getHashes(): Node's list from OpenSSL; each works with createHash.
const list = crypto.getHashes();
console.log(list.length, JSON.stringify(list));
console.log(list.every((n) => crypto.createHash(n).update('x').digest().length >= 0));
list.push('x');
console.log(crypto.getHashes().length);
