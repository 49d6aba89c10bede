'use strict';
// multi-megabyte round trips through every encoding
const { Buffer } = require('buffer');
const show = (v) => {
  if (v instanceof Uint8Array) return `${v.constructor.name}(${v.length}) ${Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex')}`;
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return JSON.stringify(v);
};
const t = (label, f) => {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.message);
  }
};
const size = 3 * 1024 * 1024 + 7;
const data = Buffer.allocUnsafe(size);
for (let i = 0; i < 997; i++) data[i] = (i * 131 + 7) & 255;
for (let done = 997; done < size; done *= 2) data.copy(data, done, 0, Math.min(done, size - done));
for (const enc of ['base64', 'base64url', 'hex', 'latin1', 'ucs2']) {
  const s = data.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, s.length, back.length, back.equals(enc === 'ucs2' ? data.subarray(0, size - 1) : data));
}
const text = 'Grüße, 世界! 😀 '.repeat(200000);
const enc = Buffer.from(text);
console.log(enc.length, Buffer.byteLength(text), enc.toString() === text);
console.log(enc.toString('utf8', 5, 20));
const ascii = Buffer.alloc(1 << 20, 'abcdefgh');
console.log(ascii.toString().length, ascii.toString('ascii') === ascii.toString('latin1'));
