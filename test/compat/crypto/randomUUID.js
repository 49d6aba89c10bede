'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomUUID(): version 4 shape, uniqueness, options validation.
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const set = new Set();
let ok = true;
for (let i = 0; i < 1000; i++) { const u = crypto.randomUUID(); if (!re.test(u)) ok = false; set.add(u); }
console.log(ok, set.size);
console.log(re.test(crypto.randomUUID({ disableEntropyCache: true })), re.test(crypto.randomUUID({})));
show('num', () => crypto.randomUUID(1));
show('null', () => crypto.randomUUID(null));
show('bad flag', () => crypto.randomUUID({ disableEntropyCache: 1 }));
console.log(re.test(crypto.webcrypto.randomUUID()));
