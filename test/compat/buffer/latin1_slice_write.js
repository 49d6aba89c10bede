'use strict';
// encoding-specific xxxSlice and xxxWrite methods
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
const b = Buffer.from('abc\u00e9', 'latin1');
for (const m of ['asciiSlice', 'latin1Slice', 'hexSlice', 'base64Slice', 'base64urlSlice', 'ucs2Slice', 'utf8Slice']) {
  t(m, () => b[m]());
  t(m + ' 1,3', () => b[m](1, 3));
}
t('slice oob', () => b.latin1Slice(0, 10));
t('slice rev', () => b.hexSlice(3, 1));
for (const m of ['asciiWrite', 'latin1Write', 'hexWrite', 'base64Write', 'base64urlWrite', 'ucs2Write', 'utf8Write']) {
  t(m, () => { const c = Buffer.alloc(6); return [c[m]('6162', 1), c]; });
  t(m + ' len', () => { const c = Buffer.alloc(6); return [c[m]('6162', 0, 1), c]; });
}
t('write oob', () => Buffer.alloc(2).latin1Write('x', 5));
t('write non-string', () => Buffer.alloc(2).utf8Write(5));
