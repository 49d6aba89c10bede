'use strict';
// buf.fill values, ranges and encodings
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
const mk = () => Buffer.alloc(6, '.');
t('num', () => mk().fill(65));
t('num range', () => mk().fill(65, 1, 3));
t('str', () => mk().fill('xy'));
t('str range', () => mk().fill('xy', 1, 5));
t('str offset enc', () => mk().fill('41', 2, 'hex'));
t('str enc as offset', () => mk().fill('4142', 'hex'));
t('str end enc', () => mk().fill('aa', 1, 4, 'base64'));
t('multi-byte', () => mk().fill('€'));
t('buf', () => mk().fill(Buffer.from([1, 2, 3, 4])));
t('u16', () => mk().fill(new Uint16Array([0x102])));
t('bool', () => mk().fill(true));
t('obj', () => mk().fill({}));
t('null', () => mk().fill(null));
t('neg', () => mk().fill(-2));
t('float', () => mk().fill(65.9));
t('returns this', () => { const b = mk(); return b.fill(1) === b; });
t('start>=end', () => mk().fill(1, 4, 2));
t('ucs2', () => mk().fill('ab', 'ucs2'));
t('latin1 1char', () => mk().fill('é', 'latin1'));
t('utf8 1char high', () => mk().fill('é'));
