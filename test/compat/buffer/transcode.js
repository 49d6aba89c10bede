'use strict';
// buffer.transcode between utf8, ucs2, latin1 and ascii
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
const { transcode } = require('buffer');
const src = Buffer.from('héllo€');
for (const to of ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii']) {
  t(`utf8->${to}`, () => transcode(src, 'utf8', to));
}
t('latin1->utf8', () => transcode(Buffer.from([0xe9, 0x41]), 'latin1', 'utf8'));
t('ucs2->utf8', () => transcode(Buffer.from('a€', 'ucs2'), 'ucs2', 'utf8'));
t('ascii->ucs2', () => transcode(Buffer.from('hi'), 'ascii', 'ucs2'));
t('emoji->latin1', () => transcode(Buffer.from('a😀b'), 'utf8', 'latin1'));
t('empty', () => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
t('hex', () => transcode(src, 'utf8', 'hex'));
t('bad src', () => transcode('x', 'utf8', 'ucs2'));
