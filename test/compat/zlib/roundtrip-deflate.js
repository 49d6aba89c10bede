'use strict';
// deflateSync/inflateSync round trips over many input shapes and every level.
const zlib = require('zlib');

let seed = 12345;
function rand() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; }
function noise(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = rand() & 0xff; return b; }
function text(n) { let s = ''; while (s.length < n) s += `row ${rand() % 50} ${'abcdef'[rand() % 6]};`; return Buffer.from(s.slice(0, n)); }

const inputs = {
  empty: Buffer.alloc(0), one: Buffer.from('x'), zeros: Buffer.alloc(100000), noise: noise(70000),
  text: text(200000), unicode: Buffer.from('héllo wörld ✓ 日本語 '.repeat(300)),
};
for (const [name, input] of Object.entries(inputs)) {
  for (let level = -1; level <= 9; level++) {
    const c = zlib.deflateSync(input, { level });
    const d = zlib.inflateSync(c);
    console.log(name, level, d.equals(input), c[0].toString(16), c.length <= input.length + 64);
  }
}
// Output is a Buffer and the header is a valid zlib header.
const c = zlib.deflateSync('abc');
console.log(Buffer.isBuffer(c), ((c[0] << 8) | c[1]) % 31 === 0);
