'use strict';
// allocUnsafe/allocUnsafeSlow lengths and pooling rules
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
t('len', () => Buffer.allocUnsafe(10).length);
t('zero', () => Buffer.allocUnsafe(0).length);
t('pooled small', () => Buffer.allocUnsafe(10).buffer.byteLength);
t('not pooled large', () => Buffer.allocUnsafe(5000).buffer.byteLength);
t('slow small', () => Buffer.allocUnsafeSlow(10).buffer.byteLength);
t('slow is buffer', () => Buffer.isBuffer(Buffer.allocUnsafeSlow(3)));
t('poolSize', () => Buffer.poolSize);
t('fill after', () => Buffer.allocUnsafe(4).fill(1));
t('big', () => Buffer.allocUnsafe(3 * 1024 * 1024).fill(5).subarray(0, 4));
t('big zeroed alloc', () => Buffer.alloc(2 * 1024 * 1024).every((x) => x === 0));
