'use strict';
// deflateRawSync/inflateRawSync: no header, no trailer; windowBits variants.
const zlib = require('zlib');

const input = Buffer.from('raw deflate data, raw deflate data, raw deflate data!'.repeat(40));
for (const windowBits of [8, 9, 10, 12, 15]) {
  const c = zlib.deflateRawSync(input, { windowBits });
  const d = zlib.inflateRawSync(c, { windowBits: 15 });
  console.log(windowBits, d.equals(input), c.length < input.length);
}
console.log(zlib.deflateRawSync('').toString('hex'));
console.log(zlib.deflateRawSync('hello').toString('hex'));
console.log(zlib.inflateRawSync(Buffer.from('cb48cdc9c90700', 'hex')).toString());
// raw data is not a zlib stream
try { zlib.inflateSync(zlib.deflateRawSync('hello')); } catch (e) { console.log(e.code, e.errno, e.message); }
