'use strict';
// latin1/binary and ascii encodings
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
t('latin1 enc', () => Buffer.from('aé\u0100\uffff', 'latin1'));
t('ascii enc', () => Buffer.from('aé\u0100\uffff', 'ascii'));
t('binary enc', () => Buffer.from('\u00ff\u0080', 'binary'));
const b = Buffer.from([0x41, 0x80, 0xe9, 0xff, 0x00]);
t('latin1 dec', () => b.toString('latin1'));
t('ascii dec', () => b.toString('ascii'));
t('binary dec', () => b.toString('binary'));
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
console.log(Buffer.from(all.toString('latin1'), 'latin1').equals(all));
console.log(all.toString('ascii').split('').map((c) => c.charCodeAt(0)).reduce((a, b) => a + b, 0));
