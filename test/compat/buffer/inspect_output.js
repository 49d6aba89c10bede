'use strict';
// console.log and util.inspect of Buffers
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
const util = require('util');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(51, 1));
console.log(Buffer.alloc(52));
console.log(util.inspect(Buffer.from('hi')));
console.log([Buffer.from('a')]);
console.log({ b: Buffer.from([255, 0]) });
const x = Buffer.from('xy');
x.extra = 'prop';
x.n = 1;
console.log(x);
console.log(util.inspect(Buffer.alloc(3), { showHidden: false }));
console.log(String(Buffer.from('str')));
console.log(`${Buffer.from([0x61, 0x62])}`);
