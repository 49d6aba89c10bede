'use strict';
// unsigned integer reads
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
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0xfd, 0xfc]);
for (const m of ['readUInt8', 'readUint8', 'readUInt16LE', 'readUInt16BE', 'readUint16LE', 'readUInt32LE', 'readUInt32BE', 'readUint32BE']) {
  for (const off of [undefined, 0, 1, 4]) t(`${m}(${off})`, () => b[m](off));
}
