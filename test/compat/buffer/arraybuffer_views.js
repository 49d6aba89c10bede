'use strict';
// Buffers over other views and DataViews
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
const dv = new DataView(ab);
dv.setUint32(0, 0x01020304);
t('from ab', () => Buffer.from(ab));
t('from u32 buffer', () => Buffer.from(new Uint32Array(ab).buffer, 0, 4));
t('from dataview', () => Buffer.from(dv));
const b = Buffer.from(ab);
b.writeUInt16BE(0xabcd, 4);
t('dv sees', () => dv.getUint16(4).toString(16));
t('fill dataview', () => Buffer.alloc(4).fill(new DataView(new Uint8Array([7, 8]).buffer)));
t('indexOf u8 from ab', () => b.indexOf(new Uint8Array([3, 4])));
