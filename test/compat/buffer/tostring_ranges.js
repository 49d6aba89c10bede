'use strict';
// buf.toString start/end handling
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
const b = Buffer.from('abcdef');
t('1', () => b.toString('utf8', 1));
t('1,3', () => b.toString('utf8', 1, 3));
t('-1', () => b.toString('utf8', -1));
t('3,1', () => b.toString('utf8', 3, 1));
t('10', () => b.toString('utf8', 10));
t('0,100', () => b.toString('utf8', 0, 100));
t('str', () => b.toString('utf8', '2', '4'));
t('float', () => b.toString('utf8', 1.9, 3.1));
t('NaN', () => b.toString('utf8', NaN, NaN));
t('null', () => b.toString('utf8', null, null));
t('hex range', () => b.toString('hex', 2, 4));
t('base64 range', () => b.toString('base64', 1, 5));
t('ucs2 odd', () => b.toString('ucs2', 0, 5));
