'use strict';
// slice and subarray share memory with Node semantics
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
const b = Buffer.from('abcdef');
t('slice', () => b.slice(1, 3).toString());
t('slice neg', () => b.slice(-2).toString());
t('slice neg both', () => b.slice(-4, -1).toString());
t('slice rev', () => b.slice(3, 1).length);
t('slice big', () => b.slice(2, 100).toString());
t('slice NaN', () => b.slice(NaN, NaN).length);
t('slice str', () => b.slice('1', '2').toString());
t('subarray', () => b.subarray(2).toString());
t('shared', () => { const s = b.slice(0, 2); s[0] = 0x7a; return b.toString(); });
t('is buffer', () => Buffer.isBuffer(b.subarray(1)));
t('offset', () => b.subarray(2).byteOffset - b.byteOffset);
t('instanceof', () => b.slice(1) instanceof Buffer);
t('map', () => Buffer.isBuffer(b.map((x) => x + 1)));
t('filter', () => b.filter((x) => x > 100).toString());
