'use strict';
// deprecated parent/offset getters
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
const ab = new ArrayBuffer(16);
const b = Buffer.from(ab, 4, 8);
t('parent', () => b.parent === ab);
t('offset', () => b.offset);
t('sub offset', () => b.subarray(2).offset);
t('proto parent', () => Buffer.prototype.parent);
t('proto offset', () => Buffer.prototype.offset);
