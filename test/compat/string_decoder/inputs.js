'use strict';
// write/end accept Buffer, TypedArray, DataView and strings; reject others.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

const d = new StringDecoder('utf8');
show([d.write('str'), d.write(new Uint8Array([0xc3, 0xa9])), d.write(new Uint16Array([0xa9c3])), d.write(new DataView(new Uint8Array([0xe2, 0x82, 0xac]).buffer)), d.write(Buffer.from('x'))]);
show([d.write(new Uint8Array(new ArrayBuffer(8), 2, 3)), d.end('tail'), d.end()]);
for (const v of [1, null, undefined, {}, [1, 2], new ArrayBuffer(2)]) {
  try { show(new StringDecoder().write(v)); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { new StringDecoder().end(5); } catch (err) { console.log(err.code); }
