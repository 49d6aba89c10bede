'use strict';
// a long mixed text decoded in chunks of every size 1..13 equals the original.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

const text = 'ascii é ü 中文字 😀😁 \u0800 end'.repeat(5);
const bytes = Buffer.from(text);
for (const enc of ['utf8', 'utf16le']) {
  const b = enc === 'utf8' ? bytes : Buffer.from(text, 'utf16le');
  const results = [];
  for (let size = 1; size <= 13; size++) {
    const d = new StringDecoder(enc);
    let out = '';
    for (let i = 0; i < b.length; i += size) out += d.write(b.subarray(i, i + size));
    out += d.end();
    results.push(out === text);
  }
  console.log(enc, results.join(','));
}
