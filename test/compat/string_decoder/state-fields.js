'use strict';
// lastChar/lastNeed/lastTotal after partial writes and after end().
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

for (const [enc, bytes] of [['utf8', [0xe2, 0x82]], ['utf8', [0xf0]], ['utf16le', [0x3d, 0xd8]], ['utf16le', [0x61]], ['base64', [1, 2]], ['hex', [1]]]) {
  const d = new StringDecoder(enc);
  console.log(enc, JSON.stringify(d.write(Buffer.from(bytes))), d.lastNeed, d.lastTotal, d.lastChar.length, Buffer.isBuffer(d.lastChar), d.lastChar.subarray(0, bytes.length).toString('hex'));
  d.end();
  console.log(' after end', d.lastNeed, d.lastTotal);
}
const fresh = new StringDecoder();
console.log(fresh.lastNeed, fresh.lastTotal, fresh.lastChar.length);
