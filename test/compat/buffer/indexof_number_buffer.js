'use strict';
// indexOf with numbers and buffers
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
const b = Buffer.from([1, 2, 3, 1, 2, 3, 255]);
t('num', () => b.indexOf(2));
t('num off', () => b.indexOf(2, 2));
t('num last', () => b.lastIndexOf(2));
t('num last off', () => b.lastIndexOf(2, 3));
t('num 257', () => b.indexOf(257));
t('num -1', () => b.indexOf(-1));
t('num 1.5', () => b.indexOf(1.5));
t('num neg off', () => b.indexOf(3, -2));
t('num missing', () => b.indexOf(9));
t('buf', () => b.indexOf(Buffer.from([3, 1])));
t('buf last', () => b.lastIndexOf(Buffer.from([2, 3])));
t('u8', () => b.indexOf(new Uint8Array([3, 255])));
t('empty buf', () => b.indexOf(Buffer.alloc(0)));
t('empty buf last', () => b.lastIndexOf(Buffer.alloc(0)));
t('too long', () => b.indexOf(Buffer.alloc(20)));
t('bad', () => b.indexOf({}));
t('bad2', () => b.indexOf(true));
t('empty hay', () => Buffer.alloc(0).indexOf(0));
t('empty hay str', () => Buffer.alloc(0).indexOf(''));
t('includes num', () => b.includes(255));
t('last neg huge', () => b.lastIndexOf(1, -100));
