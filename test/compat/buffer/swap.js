'use strict';
// swap16/32/64
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
const mk = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = i + 1; return b; };
t('16', () => mk(4).swap16());
t('32', () => mk(8).swap32());
t('64', () => mk(16).swap64());
t('16 bad', () => mk(3).swap16());
t('32 bad', () => mk(6).swap32());
t('64 bad', () => mk(12).swap64());
t('empty', () => mk(0).swap64());
t('returns this', () => { const b = mk(2); return b.swap16() === b; });
const big = mk(256);
big.swap16();
console.log(big.subarray(0, 6).toString('hex'), big.subarray(250).toString('hex'));
big.swap32();
console.log(big.subarray(0, 8).toString('hex'));
big.swap64();
console.log(big.subarray(0, 8).toString('hex'));
t('sub', () => mk(6).subarray(1, 5).swap32());
