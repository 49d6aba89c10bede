'use strict';
// Buffer.from objects with valueOf and Symbol.toPrimitive
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
t('valueOf str', () => Buffer.from({ valueOf() { return 'abc'; } }));
t('valueOf str enc', () => Buffer.from({ valueOf() { return '6869'; } }, 'hex'));
t('valueOf buf', () => Buffer.from({ valueOf() { return Buffer.from([7]); } }));
t('valueOf num', () => Buffer.from({ valueOf() { return 5; } }));
t('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'xyz'; } }));
t('toPrimitive enc', () => Buffer.from({ [Symbol.toPrimitive]() { return 'AQI='; } }, 'base64'));
t('toPrimitive num', () => Buffer.from({ [Symbol.toPrimitive]() { return 1; } }));
t('String obj', () => Buffer.from(new String('str')));
