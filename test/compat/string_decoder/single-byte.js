'use strict';
// hex, latin1 and ascii decoders.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const enc of ['hex', 'latin1', 'binary', 'ascii']) {
  const d = new StringDecoder(enc);
  const out = d.write(all.subarray(0, 100)) + d.write(all.subarray(100)) + d.end();
  console.log(enc, d.encoding, out.length, JSON.stringify(out.slice(0, 20)), JSON.stringify(out.slice(-20)));
}
