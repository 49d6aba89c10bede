'use strict';
// Buffer.byteLength for strings, buffers and errors
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
const s = 'aé€😀';
for (const enc of ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'nope', undefined]) {
  t(String(enc), () => Buffer.byteLength(s, enc));
}
t('buffer', () => Buffer.byteLength(Buffer.alloc(7)));
t('arraybuffer', () => Buffer.byteLength(new ArrayBuffer(9)));
t('u32', () => Buffer.byteLength(new Uint32Array(3)));
t('dataview', () => Buffer.byteLength(new DataView(new ArrayBuffer(4))));
t('number', () => Buffer.byteLength(5));
t('object', () => Buffer.byteLength({}));
t('empty', () => Buffer.byteLength(''));
t('b64 pad', () => Buffer.byteLength('aGk=', 'base64'));
t('b64 nopad', () => Buffer.byteLength('aGk', 'base64'));
