'use strict';
// Buffer.copyBytesFrom
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
const u16 = new Uint16Array([1, 2, 0x0304, 0xffff]);
t('all', () => Buffer.copyBytesFrom(u16));
t('offset', () => Buffer.copyBytesFrom(u16, 1));
t('offset len', () => Buffer.copyBytesFrom(u16, 1, 2));
t('offset big', () => Buffer.copyBytesFrom(u16, 10));
t('len big', () => Buffer.copyBytesFrom(u16, 2, 10));
t('f32', () => Buffer.copyBytesFrom(new Float32Array([1])));
t('copied', () => { const u = new Uint8Array([1, 2]); const b = Buffer.copyBytesFrom(u); b[0] = 9; return u[0]; });
t('bad', () => Buffer.copyBytesFrom([1, 2]));
t('bad offset', () => Buffer.copyBytesFrom(u16, -1));
t('bad offset type', () => Buffer.copyBytesFrom(u16, '1'));
t('bad len', () => Buffer.copyBytesFrom(u16, 0, -1));
t('empty', () => Buffer.copyBytesFrom(new Uint8Array(0)));
