'use strict';
// Buffer.prototype method presence
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
const names = ['readUInt8', 'readUint8', 'readBigUint64LE', 'writeBigUint64BE', 'readIntBE', 'writeUintLE',
  'asciiSlice', 'hexWrite', 'copy', 'toString', 'equals', 'inspect', 'compare', 'indexOf', 'lastIndexOf',
  'includes', 'fill', 'write', 'toJSON', 'subarray', 'slice', 'swap16', 'swap32', 'swap64', 'toLocaleString'];
for (const n of names) console.log(n, typeof Buffer.prototype[n], Object.hasOwn(Buffer.prototype, n));
console.log(Buffer.prototype.readUint8 === Buffer.prototype.readUInt8);
console.log(Buffer.prototype.toLocaleString === Buffer.prototype.toString);
console.log(typeof Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
for (const n of ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding', 'concat', 'byteLength', 'of', 'copyBytesFrom']) {
  console.log(n, typeof Buffer[n], Object.hasOwn(Buffer, n));
}
