'use strict';
// Buffer.isEncoding
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
for (const e of ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF16LE',
  'latin1', 'binary', 'BINARY', 'ascii', 'base64', 'base64url', 'hex', 'HEX', '', 'utf16', 'utf-16', 'raw', 'nope', null, undefined, 1, {}, []]) {
  t(String(e), () => Buffer.isEncoding(e));
}
