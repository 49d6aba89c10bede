'use strict';
// search in large buffers
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
const b = Buffer.alloc(1 << 20, 'a');
b.write('needle', 900000);
b.write('needle', 100);
console.log(b.indexOf('needle'), b.indexOf('needle', 101), b.lastIndexOf('needle'), b.lastIndexOf('needle', 900000 - 1));
console.log(b.indexOf(Buffer.from('eedl')), b.includes('missing'));
console.log(b.indexOf(0x6e, 200), b.lastIndexOf(0x6e));
console.log(b.indexOf('aaaaaaaaaaaaaaaaaaaab'));
