'use strict';
// UTF-8 decoding replaces invalid sequences like WHATWG
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
const cases = [[0x80], [0xc0, 0x80], [0xc2], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xed, 0xa0, 0x80],
  [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xff, 0xfe],
  [0xe0, 0x80, 0x80], [0xf0, 0x80, 0x80, 0x80], [0x41, 0xc3, 0x42], [0xef, 0xbb, 0xbf, 0x41],
  [0xe1, 0x80], [0xc3, 0xa9, 0xa9], [0xf1, 0x80, 0x80, 0xc0]];
for (const c of cases) {
  const s = Buffer.from(c).toString();
  console.log(Buffer.from(c).toString('hex'), JSON.stringify(s), [...s].map((x) => x.codePointAt(0).toString(16)).join(','));
}
