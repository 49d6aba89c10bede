'use strict';
// TypedArray methods returning Buffers
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
const b = Buffer.from([1, 2, 3, 4]);
const checks = {
  map: b.map((x) => x * 2),
  filter: b.filter((x) => x % 2),
  subarray: b.subarray(1, 3),
  slice: b.slice(1, 3),
};
for (const [k, v] of Object.entries(checks)) {
  console.log(k, v.constructor.name, Buffer.isBuffer(v), v.toString('hex'));
}
console.log(b.map((x) => x).buffer === b.buffer, b.slice(0).buffer === b.buffer);
