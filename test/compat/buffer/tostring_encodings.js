'use strict';
// buf.toString for every encoding
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
const b = Buffer.from([0x68, 0xc3, 0xa9, 0x00, 0x7f, 0x80, 0xff, 0x41, 0xe2, 0x82, 0xac]);
for (const enc of ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url',
  'hex', 'UTF-8', 'Hex', 'BASE64']) {
  t(enc, () => b.toString(enc));
}
t('default', () => b.toString());
t('undefined', () => b.toString(undefined));
t('bad', () => b.toString('nope'));
t('null', () => b.toString(null));
t('number', () => b.toString(5));
t('toLocaleString', () => b.toLocaleString('hex'));
