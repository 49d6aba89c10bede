'use strict';
// Buffer.alloc/allocUnsafe/allocUnsafeSlow argument errors
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
for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
  t(fn + ' -1', () => Buffer[fn](-1));
  t(fn + ' str', () => Buffer[fn]('5'));
  t(fn + ' NaN', () => Buffer[fn](NaN));
  t(fn + ' big', () => Buffer[fn](2 ** 53));
  t(fn + ' undef', () => Buffer[fn]());
  t(fn + ' null', () => Buffer[fn](null));
  t(fn + ' obj', () => Buffer[fn]({}));
  t(fn + ' inf', () => Buffer[fn](Infinity));
}
t('alloc bad hex fill', () => Buffer.alloc(4, 'zz', 'hex'));
t('alloc bad enc', () => Buffer.alloc(4, 'a', 'nope'));
t('alloc empty buf fill', () => Buffer.alloc(4, Buffer.alloc(0)));
