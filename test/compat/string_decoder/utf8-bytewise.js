'use strict';
// utf8: feeding one byte at a time, with state fields after each byte.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

const bytes = Buffer.from([0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0x41, 0xe2, 0x82, 0x41, 0xed, 0xa0, 0x80, 0xf0, 0x9f]);
const d = new StringDecoder('utf8');
for (const b of bytes) {
  const out = d.write(Buffer.from([b]));
  console.log(b.toString(16), JSON.stringify(out), d.lastNeed, d.lastTotal, d.lastChar.subarray(0, d.lastTotal - d.lastNeed).toString('hex'));
}
show(d.end());
