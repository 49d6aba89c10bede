'use strict';
// Blob constructor errors
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
const { Blob } = require('buffer');
t('string sources', () => new Blob('abc'));
t('number sources', () => new Blob(5));
t('null sources', () => new Blob(null));
t('bad endings', () => new Blob([], { endings: 'x' }));
t('bad options', () => new Blob([], 5));
t('type non-ascii', () => new Blob([], { type: 'é' }).type);
t('iterable', () => new Blob(new Set(['a', 'b'])).size);
