'use strict';
// fill patterns over large ranges
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
const b = Buffer.alloc(100000);
b.fill('abc');
console.log(b.subarray(0, 7).toString(), b.subarray(99995).toString(), b.toString().length);
b.fill('0102', 10, 20, 'hex');
console.log(b.subarray(8, 22).toString('hex'));
b.fill(Buffer.from('xyz!'), 50000);
console.log(b.subarray(49998, 50006).toString(), b.subarray(-4).toString());
b.fill(0);
console.log(b.every((x) => x === 0));
