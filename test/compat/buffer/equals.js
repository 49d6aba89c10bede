'use strict';
// buf.equals
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
t('eq', () => Buffer.from('abc').equals(Buffer.from('abc')));
t('ne', () => Buffer.from('abc').equals(Buffer.from('abd')));
t('len', () => Buffer.from('abc').equals(Buffer.from('ab')));
t('self', () => { const b = Buffer.from('x'); return b.equals(b); });
t('u8', () => Buffer.from([1, 2]).equals(new Uint8Array([1, 2])));
t('empty', () => Buffer.alloc(0).equals(Buffer.alloc(0)));
t('bad', () => Buffer.from('a').equals('a'));
t('bad2', () => Buffer.from('a').equals(new Uint16Array(1)));
