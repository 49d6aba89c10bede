'use strict';
// UTF-8 encoding of surrogates and astral characters
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
for (const s of ['a', 'é', '€', '😀', '\ud83d', '\ude00', 'a\ud83db', '\ude00\ud83d', '\ud83d\ud83d\ude00', '\u0000', '\uffff', '\u07ff', '\u0800']) {
  t(JSON.stringify(s), () => Buffer.from(s));
  t('len ' + JSON.stringify(s), () => Buffer.byteLength(s));
}
