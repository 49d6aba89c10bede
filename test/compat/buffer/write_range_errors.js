'use strict';
// write value range error messages
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
const b = Buffer.alloc(8);
t('u8 256', () => b.writeUInt8(256));
t('u8 -1', () => b.writeUInt8(-1));
t('i8 128', () => b.writeInt8(128));
t('u16', () => b.writeUInt16LE(65536));
t('i16', () => b.writeInt16BE(-32769));
t('u32', () => b.writeUInt32BE(2 ** 32));
t('i32', () => b.writeInt32LE(-(2 ** 31) - 1));
for (let n = 1; n <= 6; n++) {
  t(`uintLE ${n}`, () => b.writeUIntLE(2 ** (8 * n), 0, n));
  t(`intBE ${n}`, () => b.writeIntBE(2 ** (8 * n - 1), 0, n));
  t(`intLE neg ${n}`, () => b.writeIntLE(-(2 ** (8 * n - 1)) - 1, 0, n));
}
t('big u64', () => b.writeBigUInt64LE(2n ** 64n));
t('big u64 neg', () => b.writeBigUInt64BE(-1n));
t('big i64', () => b.writeBigInt64LE(2n ** 63n));
t('big i64 neg', () => b.writeBigInt64BE(-(2n ** 63n) - 1n));
t('bytelength 7', () => b.writeUIntLE(1, 0, 7));
t('bytelength 0', () => b.writeIntBE(1, 0, 0));
t('bytelength missing', () => b.writeUIntBE(1, 0));
t('bytelength str', () => b.writeUIntBE(1, 0, '2'));
