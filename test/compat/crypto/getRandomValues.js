'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// getRandomValues: integer typed arrays up to 65536 bytes, returned as given.
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const a = new T(8);
  console.log(T.name, crypto.getRandomValues(a) === a, a.length);
}
const b = Buffer.alloc(4);
console.log('buffer', crypto.getRandomValues(b) === b);
console.log('max', crypto.getRandomValues(new Uint8Array(65536)).length, crypto.getRandomValues(new Uint32Array(16384)).length);
console.log(crypto.getRandomValues.name, crypto.getRandomValues === crypto.getRandomValues, crypto.getRandomValues.length);
