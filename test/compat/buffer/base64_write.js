'use strict';
// write() with base64 into buffers of various sizes
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
for (const room of [0, 1, 2, 3, 4, 5, 6]) {
  const b = Buffer.alloc(room);
  t('room ' + room, () => [b.write('aGVsbG8=', 'base64'), b]);
}
t('url chars', () => { const b = Buffer.alloc(4); return [b.write('-_-_', 'base64'), b]; });
t('garbage', () => { const b = Buffer.alloc(8); return [b.write('a#G$V%s&b(G)8', 'base64'), b]; });
