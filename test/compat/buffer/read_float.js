'use strict';
// float and double reads
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
const b = Buffer.from([0x00, 0x00, 0x80, 0x3f, 0x3f, 0x80, 0x00, 0x00, 0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18]);
t('floatLE', () => b.readFloatLE(0));
t('floatBE', () => b.readFloatBE(4));
t('floatLE 1', () => b.readFloatLE(1));
t('doubleBE', () => b.readDoubleBE(8));
t('doubleLE', () => b.readDoubleLE(8));
t('doubleLE 0', () => b.readDoubleLE(0));
t('nan', () => Buffer.from([0, 0, 0xc0, 0x7f]).readFloatLE());
t('inf', () => Buffer.from([0, 0, 0x80, 0xff]).readFloatLE());
t('-0', () => Buffer.from([0, 0, 0, 0x80]).readFloatLE());
t('oob', () => b.readDoubleLE(9));
t('float oob', () => b.readFloatBE(13));
