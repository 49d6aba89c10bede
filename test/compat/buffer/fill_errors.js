'use strict';
// buf.fill error cases
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
const b = Buffer.alloc(4);
t('bad hex', () => b.fill('zz', 'hex'));
t('empty buf', () => b.fill(Buffer.alloc(0)));
t('bad enc', () => b.fill('a', 'nope'));
t('bad enc 4', () => b.fill('a', 0, 2, 'nope'));
t('enc not string', () => b.fill('a', 0, 2, 5));
t('neg offset', () => b.fill(1, -1));
t('end big', () => b.fill(1, 0, 5));
t('offset str', () => b.fill(1, '1'));
t('offset float', () => b.fill(1, 1.5));
t('end neg', () => b.fill(1, 0, -1));
t('offset big', () => b.fill(1, 10));
