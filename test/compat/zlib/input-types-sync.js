'use strict';
// Sync helpers accept string, Buffer, TypedArray, DataView and ArrayBuffer, and reject the rest.
const zlib = require('zlib');

const src = Buffer.from('typed input 0123456789');
const forms = {
  string: 'typed input 0123456789', buffer: src, uint8: new Uint8Array(src),
  uint16: new Uint16Array(new Uint8Array(src).buffer.slice(0, 22)),
  float64: new Float64Array(2), dataview: new DataView(new Uint8Array(src).buffer),
  arraybuffer: new Uint8Array(src).buffer, sub: src.subarray(6, 11),
};
for (const [name, input] of Object.entries(forms)) {
  const c = zlib.deflateSync(input);
  console.log(name, zlib.inflateSync(c).toString('hex'));
}
for (const bad of [undefined, null, 42, true, {}, [1, 2], Symbol('s'), () => {}]) {
  try { zlib.gzipSync(bad); } catch (e) { console.log(typeof bad, e.name, e.code, e.message); }
}
// decompressors take the same input forms
const gz = zlib.gzipSync('back');
console.log(zlib.gunzipSync(new Uint8Array(gz)).toString(), zlib.gunzipSync(new Uint8Array(gz).buffer).toString(),
            zlib.gunzipSync(new DataView(new Uint8Array(gz).buffer)).toString());
