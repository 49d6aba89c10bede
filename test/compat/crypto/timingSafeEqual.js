'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// timingSafeEqual on equal and unequal inputs of every byte source.
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));
console.log(crypto.timingSafeEqual(new Uint16Array([0x6261]), Buffer.from('ab')));
console.log(crypto.timingSafeEqual(new ArrayBuffer(2), Buffer.alloc(2)));
console.log(crypto.timingSafeEqual(new DataView(new ArrayBuffer(3)), new Uint8Array(3)));
console.log(crypto.timingSafeEqual(new Float64Array([0]), new Float64Array([-0])));
console.log(crypto.timingSafeEqual(Buffer.from('xabcx').subarray(1, 4), Buffer.from('abc')));
show('len', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
show('str', () => crypto.timingSafeEqual('a', 'b'));
show('str2', () => crypto.timingSafeEqual(Buffer.alloc(1), 'b'));
show('num', () => crypto.timingSafeEqual(1, Buffer.alloc(1)));
