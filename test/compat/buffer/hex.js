'use strict';
// hex encoding and decoding rules
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
for (const s of ['00ff', 'ABCDEF', 'abc', 'zz', 'a', '', '0g12', '12 34', '1234zz56', 'ｆｆ']) {
  t(JSON.stringify(s), () => Buffer.from(s, 'hex'));
  t('len ' + JSON.stringify(s), () => Buffer.byteLength(s, 'hex'));
}
t('toString', () => Buffer.from([0, 1, 15, 16, 255]).toString('hex'));
const big = Buffer.alloc(4000);
for (let i = 0; i < big.length; i++) big[i] = (i * 13) & 255;
const h = big.toString('hex');
console.log(h.length, h.slice(0, 20), Buffer.from(h, 'hex').equals(big));
console.log(Buffer.from(h.slice(0, 101) + 'x' + h, 'hex').length);
console.log(Buffer.from(h + 'f', 'hex').length);
