'use strict';
// Buffer.alloc sizes, fills and encodings
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
t('0', () => Buffer.alloc(0));
t('5', () => Buffer.alloc(5));
t('fill num', () => Buffer.alloc(4, 7));
t('fill str', () => Buffer.alloc(5, 'ab'));
t('fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('fill base64', () => Buffer.alloc(6, 'AQID', 'base64'));
t('fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('fill u8', () => Buffer.alloc(3, new Uint8Array([9])));
t('fill 0', () => Buffer.alloc(3, 0));
t('fill 256', () => Buffer.alloc(3, 256));
t('fill -1', () => Buffer.alloc(3, -1));
t('fill utf8 multi', () => Buffer.alloc(7, 'é€'));
t('fill ucs2', () => Buffer.alloc(6, 'ab', 'ucs2'));
t('fill latin1', () => Buffer.alloc(3, 'é', 'latin1'));
t('fill empty str', () => Buffer.alloc(3, ''));
t('is buffer', () => Buffer.isBuffer(Buffer.alloc(1)));
t('float size', () => Buffer.alloc(2.7).length);
