'use strict';
// read offset validation errors
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
for (const off of [-1, 4, 1.5, '1', NaN, Infinity, -Infinity, null, {}, 3]) {
  t(`readUInt8 ${String(off)}`, () => b.readUInt8(off));
  t(`readUInt32LE ${String(off)}`, () => b.readUInt32LE(off));
}
t('empty', () => Buffer.alloc(0).readUInt8());
t('too small', () => Buffer.alloc(2).readUInt32BE());
t('double small', () => Buffer.alloc(4).readDoubleLE());
t('bigint small', () => Buffer.alloc(4).readBigInt64LE());
