'use strict';
// buf.write argument errors
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
const b = Buffer.alloc(4);
t('num', () => b.write(1));
t('undef', () => b.write());
t('offset big', () => b.write('x', 5));
t('offset neg', () => b.write('x', -1));
t('offset float', () => b.write('x', 1.5));
t('offset str num', () => b.write('x', '1', 1));
t('length big', () => b.write('x', 0, 5));
t('length neg', () => b.write('x', 0, -1));
t('bad enc', () => b.write('x', 'nope'));
t('bad enc 4', () => b.write('x', 0, 1, 'nope'));
t('length capped', () => b.write('xxxx', 2, 4));
