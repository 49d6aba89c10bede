'use strict';
// node:buffer exports and constants
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
console.log(Object.keys(buffer).sort().join(','));
console.log(buffer.kMaxLength, buffer.kStringMaxLength);
console.log(JSON.stringify(buffer.constants));
console.log(buffer.Buffer === Buffer, typeof buffer.SlowBuffer, typeof buffer.transcode);
console.log(typeof buffer.atob, typeof buffer.btoa, typeof buffer.isUtf8, typeof buffer.isAscii);
console.log(buffer.INSPECT_MAX_BYTES);
console.log(Buffer.poolSize);
