'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// update() with every kind of ArrayBufferView; views hash only their own window.
const ab = new ArrayBuffer(16);
new Uint8Array(ab).forEach((_, i, a) => { a[i] = i * 7; });
const views = [new Uint8Array(ab), new Uint8Array(ab, 4, 8), new Uint16Array(ab, 2, 3), new Int32Array(ab),
  new Float64Array(ab), new BigInt64Array(ab, 8), new DataView(ab), new DataView(ab, 3, 5), Buffer.from(ab, 1, 9),
  new Uint8ClampedArray(ab), new Float32Array(ab, 4, 1), new Uint8Array(0)];
for (const v of views) console.log(v.constructor.name, v.byteLength, crypto.createHash('md5').update(v).digest('hex'));
show('arraybuffer', () => crypto.createHash('md5').update(ab));
