'use strict';
// signed integer writes
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
const cases = [['writeInt8', -1], ['writeInt8', 127], ['writeInt16LE', -2], ['writeInt16BE', -300],
  ['writeInt32LE', -123456789], ['writeInt32BE', -1], ['writeInt32BE', 0x7fffffff], ['writeInt16LE', -32768]];
for (const [m, v] of cases) {
  t(`${m}(${v})`, () => { const b = Buffer.alloc(6); return [b[m](v, 2), b]; });
}
