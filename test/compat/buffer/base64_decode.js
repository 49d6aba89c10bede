'use strict';
// lenient base64 decoding like Node
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
for (const s of ['Zm9vYmFy', 'Zm9vYmE=', 'Zm9vYg==', 'Zm9vYg', 'Zm9v YmFy', 'Zm9v\nYmFy', 'Zm9v!!YmFy',
  'Zm9v=YmFy', '-_-_', '+/+/', '-_+/', 'Zg', 'Z', 'Zm9', '====', '', 'Zm9vYmFy====', 'é', 'Zm\u0100 9v']) {
  t(JSON.stringify(s), () => Buffer.from(s, 'base64'));
  t(JSON.stringify(s) + ' url', () => Buffer.from(s, 'base64url'));
}
t('byteLength', () => Buffer.byteLength('Zm9vYg==', 'base64'));
t('byteLength url', () => Buffer.byteLength('Zm9vYg', 'base64url'));
const big = Buffer.alloc(5000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
console.log(Buffer.from(big.toString('base64'), 'base64').equals(big));
console.log(Buffer.from(big.toString('base64url'), 'base64url').equals(big));
console.log(Buffer.from(big.toString('base64url'), 'base64').equals(big));
const messy = big.toString('base64').replace(/(.{76})/g, '$1\n');
console.log(Buffer.from(messy, 'base64').equals(big));
