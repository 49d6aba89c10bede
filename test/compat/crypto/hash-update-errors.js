'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// update() argument errors.
for (const v of [1, true, null, undefined, {}, [], Symbol.iterator, 1n, () => {}]) {
  show(typeof v, () => crypto.createHash('sha1').update(v));
}
show('arraybuffer', () => crypto.createHash('sha1').update(new ArrayBuffer(1)));
show('chain', () => { const h = crypto.createHash('sha1'); return h.update('a') === h; });
