'use strict';
// small buffers share the pool, large ones do not
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
const a = Buffer.from('abc');
const b = Buffer.from('def');
console.log(a.buffer === b.buffer, a.buffer.byteLength);
console.log(Buffer.allocUnsafe(100).buffer.byteLength);
console.log(Buffer.allocUnsafe(4095).buffer.byteLength, Buffer.allocUnsafe(4096).buffer.byteLength);
console.log(Buffer.alloc(10).buffer.byteLength);
console.log(Buffer.from('x'.repeat(5000)).buffer.byteLength);
console.log(Buffer.concat([a, b]).buffer.byteLength);
console.log(a.byteOffset % 8, b.byteOffset % 8);
console.log(a.toString(), b.toString());
