'use strict';
// UTF-8 round trips of longer mixed text (fast paths)
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
const unit = 'ascii text 0123456789 ';
const mixed = 'aé€😀'.repeat(500) + unit.repeat(300) + '\ud800' + unit.repeat(10);
const b = Buffer.from(mixed);
console.log(b.length, Buffer.byteLength(mixed));
const back = b.toString();
console.log(back.length, back === mixed.replace('\ud800', '\ufffd'));
console.log(b.subarray(1, 40).toString('hex'));
const big = 'x'.repeat(70000) + 'é';
const bb = Buffer.from(big);
console.log(bb.length, bb.toString() === big, bb.toString('latin1').length);
