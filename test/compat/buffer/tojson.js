'use strict';
// toJSON and JSON.stringify
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
t('basic', () => Buffer.from([1, 2, 3]).toJSON());
t('empty', () => Buffer.alloc(0).toJSON());
t('stringify', () => JSON.stringify({ b: Buffer.from('hi') }));
t('revive', () => { const j = JSON.parse(JSON.stringify(Buffer.from('xyz'))); return Buffer.from(j).toString(); });
