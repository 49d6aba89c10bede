'use strict';
// Buffer.concat behaviour and errors
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
const a = Buffer.from('ab');
const b = Buffer.from('cde');
t('basic', () => Buffer.concat([a, b]));
t('len short', () => Buffer.concat([a, b], 3));
t('len long', () => Buffer.concat([a, b], 8));
t('len 0', () => Buffer.concat([a, b], 0));
t('empty', () => Buffer.concat([]));
t('u8', () => Buffer.concat([new Uint8Array([1]), a]));
t('single copy', () => { const c = Buffer.concat([a]); c[0] = 0; return a[0]; });
t('not array', () => Buffer.concat('x'));
t('bad item', () => Buffer.concat([a, 'x']));
t('bad item 0', () => Buffer.concat([1]));
t('bad len', () => Buffer.concat([a], -1));
t('bad len type', () => Buffer.concat([a], '1'));
t('bad item with len', () => Buffer.concat([a, 5], 4));
