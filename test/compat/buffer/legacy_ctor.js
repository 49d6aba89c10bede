'use strict';
// deprecated Buffer() constructor forms
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
t('num', () => Buffer(3));
t('new num', () => new Buffer(2));
t('str', () => Buffer('abc'));
t('str enc', () => new Buffer('6162', 'hex'));
t('arr', () => Buffer([1, 2]));
t('ab', () => { const ab = new ArrayBuffer(4); return new Buffer(ab, 1, 2).length; });
t('num enc', () => Buffer(3, 'utf8'));
t('bad', () => Buffer(null));
