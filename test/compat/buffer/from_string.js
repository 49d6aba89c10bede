'use strict';
// Buffer.from(string, encoding) for every encoding
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
const s = 'héllo wörld €😀';
for (const enc of ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1',
  'binary', 'ascii', 'base64', 'base64url', 'hex', undefined, null, '']) {
  t(String(enc), () => Buffer.from(s, enc));
}
t('empty', () => Buffer.from(''));
t('empty hex', () => Buffer.from('', 'hex'));
t('bad enc', () => Buffer.from('x', 'nope'));
t('bad enc empty', () => Buffer.from('', 'nope'));
t('num enc', () => Buffer.from('abc', 5));
