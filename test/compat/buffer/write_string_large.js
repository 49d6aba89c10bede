'use strict';
// write of long strings into limited room
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
const b = Buffer.alloc(10000);
const s = 'é'.repeat(6000);
console.log(b.write(s), b[9999], b[9998]);
console.log(b.write('😀'.repeat(3000), 1), b.subarray(0, 6).toString('hex'));
console.log(b.write('x'.repeat(20000), 'latin1'));
console.log(b.write('ab'.repeat(20000), 3, 'hex'));
