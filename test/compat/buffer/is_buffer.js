'use strict';
// Buffer.isBuffer and instanceof
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
t('buffer', () => Buffer.isBuffer(Buffer.alloc(1)));
t('u8', () => Buffer.isBuffer(new Uint8Array(1)));
t('str', () => Buffer.isBuffer('x'));
t('null', () => Buffer.isBuffer(null));
t('undefined', () => Buffer.isBuffer());
t('slice', () => Buffer.isBuffer(Buffer.alloc(2).slice(1)));
t('instanceof u8', () => Buffer.alloc(1) instanceof Uint8Array);
t('proto', () => Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
t('ctor proto', () => Object.getPrototypeOf(Buffer) === Uint8Array);
t('constructor', () => Buffer.alloc(1).constructor === Buffer);
t('name', () => Buffer.name);
t('length', () => Buffer.length);
