'use strict';
// signed integer reads
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
const b = Buffer.from([0x01, 0x82, 0x03, 0x84, 0xff, 0xfe, 0xfd, 0x7c]);
for (const m of ['readInt8', 'readInt16LE', 'readInt16BE', 'readInt32LE', 'readInt32BE']) {
  for (const off of [0, 1, 3, 4]) t(`${m}(${off})`, () => b[m](off));
}
