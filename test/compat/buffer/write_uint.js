'use strict';
// unsigned integer writes
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
const cases = [['writeUInt8', 0xab], ['writeUint8', 1], ['writeUInt16LE', 0xabcd], ['writeUInt16BE', 0xabcd],
  ['writeUInt32LE', 0xdeadbeef], ['writeUInt32BE', 0xdeadbeef], ['writeUint32LE', 1], ['writeUint16BE', 2]];
for (const [m, v] of cases) {
  t(m, () => { const b = Buffer.alloc(6); return [b[m](v, 1), b]; });
  t(m + ' default', () => { const b = Buffer.alloc(6); return [b[m](v), b]; });
  t(m + ' float', () => { const b = Buffer.alloc(6); return [b[m](1.9), b]; });
  t(m + ' str', () => { const b = Buffer.alloc(6); return [b[m]('3'), b]; });
}
