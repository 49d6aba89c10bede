'use strict';
// indexOf with encodings
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
const b = Buffer.from('abc€def', 'utf8');
t('utf8', () => b.indexOf('€'));
t('hex', () => b.indexOf('6364', 0, 'hex'));
t('hex as offset', () => b.indexOf('6364', 'hex'));
t('base64', () => b.indexOf('ZGVm', 'base64'));
t('latin1', () => b.indexOf('c\u00e2', 'latin1'));
t('bad enc', () => b.indexOf('a', 0, 'nope'));
const u = Buffer.from('abcabc', 'ucs2');
t('ucs2', () => u.indexOf('ca', 0, 'ucs2'));
t('ucs2 last', () => u.lastIndexOf('bc', undefined, 'ucs2'));
t('ucs2 unaligned', () => Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]).indexOf('a', 0, 'ucs2'));
t('ucs2 buf', () => u.indexOf(Buffer.from('c', 'ucs2'), 0, 'ucs2'));
t('ucs2 odd needle', () => u.indexOf(Buffer.from([0x63]), 0, 'ucs2'));
