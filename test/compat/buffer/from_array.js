'use strict';
// Buffer.from arrays, array-likes and typed arrays
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
t('array', () => Buffer.from([1, 2, 3]));
t('wrap', () => Buffer.from([256, -1, 1.9, '7', 'x', null, true]));
t('empty', () => Buffer.from([]));
t('array-like', () => Buffer.from({ length: 3, 0: 1, 1: 2, 2: 3 }));
t('array-like bad len', () => Buffer.from({ length: 'x' }));
t('u16', () => Buffer.from(new Uint16Array([1, 256, 65535])));
t('f64', () => Buffer.from(new Float64Array([1.5, 300])));
t('u8', () => Buffer.from(new Uint8Array([5, 6])));
t('copy not shared', () => { const a = Buffer.from([1]); const b = Buffer.from(a); b[0] = 9; return a[0]; });
t('json', () => Buffer.from({ type: 'Buffer', data: [1, 2] }));
t('json bad', () => Buffer.from({ type: 'Buffer', data: 'x' }));
t('of', () => Buffer.of(1, 2, 300));
t('of type', () => Buffer.isBuffer(Buffer.of()));
