'use strict';
// Buffer.compare ordering and errors
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
const pairs = [['a', 'b'], ['b', 'a'], ['a', 'a'], ['a', 'ab'], ['ab', 'a'], ['', ''], ['', 'a'], ['\u00ff', 'a']];
for (const [x, y] of pairs) t(`${x}|${y}`, () => Buffer.compare(Buffer.from(x, 'latin1'), Buffer.from(y, 'latin1')));
t('u8', () => Buffer.compare(new Uint8Array([1]), Buffer.from([2])));
t('bad1', () => Buffer.compare(1, Buffer.alloc(1)));
t('bad2', () => Buffer.compare(Buffer.alloc(1), 'x'));
t('sort', () => [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String));
