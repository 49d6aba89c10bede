'use strict';
// iterating, spreading and TypedArray methods on Buffers
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
const b = Buffer.from('abc');
console.log([...b].join(','));
console.log([...b.keys()].join(','), [...b.values()].join(','));
console.log(JSON.stringify([...b.entries()]));
console.log(b.at(-1), b.length, b.byteLength);
console.log(Array.from(b).join(','));
console.log(b.reverse().toString());
console.log(b.sort().toString());
console.log(Buffer.from([3, 1, 2]).findIndex((x) => x === 2));
console.log(b.join('-'));
console.log(Object.keys(Buffer.from('ab')).join(','));
