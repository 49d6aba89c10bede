'use strict';
// Buffer.from(ArrayBuffer, offset, length) shares memory
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
const ab = new ArrayBuffer(8);
const u = new Uint8Array(ab);
for (let i = 0; i < 8; i++) u[i] = i;
t('whole', () => Buffer.from(ab));
t('offset', () => Buffer.from(ab, 2));
t('offset len', () => Buffer.from(ab, 2, 3));
t('shared', () => { const b = Buffer.from(ab, 1, 2); b[0] = 99; return u[1]; });
t('str offset', () => Buffer.from(ab, '3', '2'));
t('NaN offset', () => Buffer.from(ab, 'x'));
t('neg len', () => Buffer.from(ab, 0, -5));
t('offset oob', () => Buffer.from(ab, 9));
t('len oob', () => Buffer.from(ab, 4, 5));
t('offset = len', () => Buffer.from(ab, 8));
t('byteOffset', () => Buffer.from(ab, 3).byteOffset);
t('buffer same', () => Buffer.from(ab).buffer === ab);
