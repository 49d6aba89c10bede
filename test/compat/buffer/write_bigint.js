'use strict';
// BigInt64 writes
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
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n]) {
  t(`i64 ${v}`, () => { const b = Buffer.alloc(8); b.writeBigInt64LE(v); const c = Buffer.alloc(8); c.writeBigInt64BE(v); return [b.toString('hex'), c.toString('hex')]; });
}
for (const v of [0n, 2n ** 64n - 1n, 0xfedcba9876543210n]) {
  t(`u64 ${v}`, () => { const b = Buffer.alloc(10); return [b.writeBigUInt64LE(v, 1), b.writeBigUint64BE(v, 2), b.toString('hex')]; });
}
t('roundtrip', () => { const b = Buffer.alloc(8); b.writeBigInt64BE(-123456789012345n); return b.readBigInt64BE(); });
