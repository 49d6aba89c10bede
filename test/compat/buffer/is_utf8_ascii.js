'use strict';
// buffer.isUtf8 and isAscii
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
const { isUtf8, isAscii } = require('buffer');
for (const bytes of [[], [0x41], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0x7f], [0xc0, 0x80], [0xef, 0xbf, 0xbf]]) {
  t(JSON.stringify(bytes), () => [isUtf8(Buffer.from(bytes)), isAscii(Buffer.from(bytes))]);
}
t('arraybuffer', () => isUtf8(new Uint8Array([0xe2, 0x82, 0xac]).buffer));
t('u16', () => isAscii(new Uint16Array([0x4141])));
t('dataview', () => isUtf8(new DataView(new ArrayBuffer(2))));
t('long ascii', () => isAscii(Buffer.alloc(1000, 'a')));
t('long ascii end', () => { const b = Buffer.alloc(1000, 'a'); b[999] = 0x80; return [isAscii(b), isUtf8(b)]; });
t('str', () => isUtf8('x'));
t('null', () => isAscii(null));
