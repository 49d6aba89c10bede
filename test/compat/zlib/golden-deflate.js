'use strict';
// Exact deflate/zlib bytes for short fixed inputs at every level and strategy.
const zlib = require('zlib');

const inputs = ['', 'a', 'hello world', 'abcabcabcabcabcabc', '\u00e9\u00e8\u2713', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'];
for (const s of inputs) {
  for (let level = -1; level <= 9; level++) {
    console.log(JSON.stringify(s), level, zlib.deflateSync(s, { level }).toString('hex'));
  }
  for (let strategy = 0; strategy <= 4; strategy++) {
    console.log(JSON.stringify(s), 'strategy', strategy, zlib.deflateSync(s, { strategy }).toString('hex'));
  }
}
// stored blocks are identical for any size
const big = Buffer.alloc(70000, 'q');
const stored = zlib.deflateSync(big, { level: 0 });
console.log(stored.length, stored.subarray(0, 16).toString('hex'), stored.subarray(-8).toString('hex'));
