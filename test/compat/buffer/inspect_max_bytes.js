'use strict';
// buffer.INSPECT_MAX_BYTES
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
const buffer = require('buffer');
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'));
console.log(Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'));
try { buffer.INSPECT_MAX_BYTES = -1; } catch (e) { console.log(e.code, e.message); }
try { buffer.INSPECT_MAX_BYTES = 'x'; } catch (e) { console.log(e.code, e.message); }
buffer.INSPECT_MAX_BYTES = 50;
console.log(Buffer.from('ok'));
