'use strict';
// write then read back every numeric type
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
const b = Buffer.alloc(16);
const out = [];
for (const [w, r, v] of [['writeUInt16LE', 'readUInt16LE', 54321], ['writeInt16BE', 'readInt16BE', -12345],
  ['writeUInt32BE', 'readUInt32BE', 4000000000], ['writeInt32LE', 'readInt32LE', -2000000000],
  ['writeFloatBE', 'readFloatBE', 0.5], ['writeDoubleLE', 'readDoubleLE', Math.PI]]) {
  b[w](v, 3);
  out.push(b[r](3) === v);
}
for (let n = 1; n <= 6; n++) {
  b.writeIntLE(-(2 ** (8 * n - 1)) + 3, 1, n);
  out.push(b.readIntLE(1, n));
  b.writeUIntBE(2 ** (8 * n) - 3, 1, n);
  out.push(b.readUIntBE(1, n));
}
console.log(JSON.stringify(out));
