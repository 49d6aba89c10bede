'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// getCiphers(): the widely used names are present.
const list = crypto.getCiphers();
for (const n of ['aes-128-cbc', 'aes-256-gcm', 'aes-256-ctr', 'chacha20-poly1305', 'des-ede3-cbc', 'aes128', 'id-aes256-GCM', 'camellia-256-cbc', 'sm4-cbc', 'rc4', 'bf-cbc']) {
  console.log(n, list.includes(n));
}
console.log(JSON.stringify(list) === JSON.stringify([...list].sort()));
