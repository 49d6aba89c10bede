'use strict';
// utf16le/ucs2 encoding and decoding
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
t('enc', () => Buffer.from('a€😀', 'utf16le'));
t('dec', () => Buffer.from([0x61, 0, 0xac, 0x20, 0x3d, 0xd8, 0x00, 0xde]).toString('ucs2'));
t('odd', () => Buffer.from([0x61, 0, 0x62]).toString('utf16le'));
t('len', () => Buffer.byteLength('a€😀', 'ucs2'));
t('lone', () => Buffer.from('\ud800', 'utf16le'));
t('write odd room', () => { const b = Buffer.alloc(5); return [b.write('abc', 'ucs2'), b]; });
t('write offset', () => { const b = Buffer.alloc(6); b.write('xy', 1, 'utf16le'); return b; });
