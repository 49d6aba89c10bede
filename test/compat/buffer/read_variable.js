'use strict';
// readUIntLE/BE and readIntLE/BE for 1-6 bytes
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
const b = Buffer.from([0x81, 0x92, 0xa3, 0xb4, 0xc5, 0xd6, 0x07, 0x18]);
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
  for (let n = 1; n <= 6; n++) t(`${m}(0,${n})`, () => b[m](0, n));
  t(`${m}(2,6)`, () => b[m](2, 6));
  t(`${m}(3,6)`, () => b[m](3, 6));
  t(`${m}(0,7)`, () => b[m](0, 7));
  t(`${m}(0,0)`, () => b[m](0, 0));
  t(`${m}(0)`, () => b[m](0));
  t(`${m}(0,1.5)`, () => b[m](0, 1.5));
}
