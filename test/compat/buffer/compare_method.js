'use strict';
// buf.compare with ranges and errors
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
const a = Buffer.from('abcdef');
const b = Buffer.from('cde');
t('whole', () => a.compare(b));
t('range eq', () => a.compare(b, 0, 3, 2, 5));
t('target range', () => a.compare(b, 1));
t('source range', () => a.compare(b, 0, 3, 2));
t('empty source', () => a.compare(b, 0, 3, 2, 2));
t('empty both', () => a.compare(b, 1, 1, 2, 2));
t('empty target', () => a.compare(b, 2, 2, 0, 2));
t('bad target', () => a.compare('x'));
t('neg', () => a.compare(b, -1));
t('targetEnd big', () => a.compare(b, 0, 5));
t('sourceEnd big', () => a.compare(b, 0, 3, 0, 9));
t('float', () => a.compare(b, 0.5));
t('str', () => a.compare(b, '1'));
t('targetStart big', () => a.compare(b, 10));
