'use strict';
// base64 and base64url encoding
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
for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) {
  t(s + ' b64', () => Buffer.from(s).toString('base64'));
  t(s + ' url', () => Buffer.from(s).toString('base64url'));
}
t('bytes', () => Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'));
t('bytes url', () => Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'));
const big = Buffer.alloc(3000);
for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 255;
const s = big.toString('base64');
console.log(s.length, s.slice(0, 40), s.slice(-10));
const u = big.toString('base64url');
console.log(u.length, u.slice(-10));
