'use strict';
// base64 and base64url: 3-byte groups held across chunks.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

for (const enc of ['base64', 'base64url']) {
  const data = Buffer.from('hello world!?>');
  for (let i = 0; i <= data.length; i += 1) {
    const d = new StringDecoder(enc);
    const a = d.write(data.subarray(0, i));
    const need = [d.lastNeed, d.lastTotal];
    const b = d.end(data.subarray(i));
    console.log(enc, i, a, need.join(), b, a + b === (i % 3 === 0 || enc === 'base64url' ? null : a + b) ? '' : '');
  }
  const d = new StringDecoder(enc);
  show([d.write(Buffer.from([0xfb])), d.write(Buffer.from([0xff])), d.end(), d.end()]);
}
