'use strict';
// write offset validation errors
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
for (const off of [-1, 4, 1.5, '1', NaN, Infinity, null, 3]) {
  t(`writeUInt8 ${String(off)}`, () => b.writeUInt8(1, off));
  t(`writeUInt16BE ${String(off)}`, () => b.writeUInt16BE(1, off));
  t(`writeFloatLE ${String(off)}`, () => b.writeFloatLE(1, off));
}
t('empty', () => Buffer.alloc(0).writeUInt8(1));
t('small', () => Buffer.alloc(3).writeInt32LE(1));
t('double small', () => Buffer.alloc(7).writeDoubleBE(1));
t('bigint small', () => Buffer.alloc(7).writeBigInt64LE(1n));
t('bigint mix', () => Buffer.alloc(8).writeBigInt64LE(1));
