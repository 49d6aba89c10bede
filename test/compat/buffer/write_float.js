'use strict';
// float and double writes
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
for (const v of [1, -1.5, 0.1, NaN, Infinity, -0, 3.4e38, 1e-45, 'x', '2.5']) {
  t(`float ${String(v)}`, () => { const b = Buffer.alloc(8); return [b.writeFloatLE(v, 1), b.writeFloatBE(v, 4), b]; });
  t(`double ${String(v)}`, () => { const b = Buffer.alloc(16); return [b.writeDoubleLE(v), b.writeDoubleBE(v, 8), b]; });
}
