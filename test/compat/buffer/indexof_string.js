'use strict';
// indexOf/lastIndexOf/includes with strings
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
const b = Buffer.from('this is a buffer with is in it');
for (const [v, o] of [['is', undefined], ['is', 3], ['is', -5], ['is', 100], ['is', -100], ['zz', 0], ['', 0], ['', 5], ['', 100], ['', -3], ['t', 1.9], ['is', '3'], ['is', null], ['is', NaN], ['is', {}]]) {
  t(`indexOf ${v} ${o}`, () => b.indexOf(v, o));
  t(`lastIndexOf ${v} ${o}`, () => b.lastIndexOf(v, o));
  t(`includes ${v} ${o}`, () => b.includes(v, o));
}
