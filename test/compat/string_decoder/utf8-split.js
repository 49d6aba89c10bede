'use strict';
// utf8: multi-byte characters split across every chunk boundary.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

const text = 'aé€😀z';
const bytes = Buffer.from(text);
for (let i = 0; i <= bytes.length; i++) {
  for (let j = i; j <= bytes.length; j++) {
    const d = new StringDecoder('utf8');
    const parts = [d.write(bytes.subarray(0, i)), d.write(bytes.subarray(i, j)), d.write(bytes.subarray(j)), d.end()];
    console.log(i, j, JSON.stringify(parts), parts.join('') === text);
  }
}
