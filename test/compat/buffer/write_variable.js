'use strict';
// writeUIntLE/BE and writeIntLE/BE for 1-6 bytes
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
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeUintLE', 'writeUintBE']) {
  for (let n = 1; n <= 6; n++) t(`${m} ${n}`, () => { const b = Buffer.alloc(8); return [b[m](2 ** (8 * n) - 2, 1, n), b]; });
}
for (const m of ['writeIntLE', 'writeIntBE']) {
  for (let n = 1; n <= 6; n++) {
    t(`${m} ${n} min`, () => { const b = Buffer.alloc(8); return [b[m](-(2 ** (8 * n - 1)), 0, n), b]; });
    t(`${m} ${n} -2`, () => { const b = Buffer.alloc(8); return [b[m](-2, 0, n), b]; });
  }
}
