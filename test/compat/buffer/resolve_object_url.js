'use strict';
// buffer.resolveObjectURL for unknown URLs
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
const { resolveObjectURL } = require('buffer');
console.log(resolveObjectURL('blob:nodedata:nope'));
console.log(resolveObjectURL('http://example.com'));
console.log(resolveObjectURL('not a url'));
