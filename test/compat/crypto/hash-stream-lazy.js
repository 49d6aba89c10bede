'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// Plain update/digest use does not make a Hash look different; stream use works afterwards.
const h = crypto.createHash('sha256');
console.log(Object.keys(h));
h.update('a');
const h2 = crypto.createHash('sha256');
h2.write('a');
h2.end();
console.log(h.digest('hex') === h2.read().toString('hex'));
console.log(Object.keys(crypto.createHmac('sha1', 'k')));
console.log(crypto.createHash('sha1', { outputLength: 20 })._options);
