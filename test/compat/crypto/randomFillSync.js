'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomFillSync offsets and sizes count elements of the view.
const u8 = new Uint8Array(8);
crypto.randomFillSync(u8, 8);
console.log(Array.from(u8).join(','));
const u32 = new Uint32Array(4);
console.log(crypto.randomFillSync(u32, 4) === u32, Array.from(u32).join(','));
const z = Buffer.alloc(8);
crypto.randomFillSync(z, 2, 0);
console.log(z.toString('hex'));
const ab = new ArrayBuffer(8);
console.log(crypto.randomFillSync(ab) === ab);
const dv = new DataView(new ArrayBuffer(4));
console.log(crypto.randomFillSync(dv) === dv);
const big = new Uint8Array(4096);
crypto.randomFillSync(big, 100, 200);
console.log(big.slice(0, 100).every((x) => x === 0), big.slice(300).every((x) => x === 0), big.slice(100, 300).some((x) => x !== 0));
