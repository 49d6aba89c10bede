'use strict';
// SlowBuffer
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
const { SlowBuffer } = require('buffer');
t('len', () => SlowBuffer(5).length);
t('is buffer', () => Buffer.isBuffer(SlowBuffer(2)));
t('not pooled', () => SlowBuffer(5).buffer.byteLength);
t('bad', () => SlowBuffer(-1));
t('str', () => SlowBuffer('1'));
t('instanceof', () => SlowBuffer(1) instanceof SlowBuffer);
