'use strict';
// UTF-8 writes never split characters at the boundary
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
for (let room = 0; room <= 9; room++) {
  const b = Buffer.alloc(room);
  const n = b.write('a😀é€');
  console.log(room, n, b.toString('hex'));
}
for (let room = 0; room <= 4; room++) {
  const b = Buffer.alloc(room);
  console.log('lone', room, b.write('\ud800x'), b.toString('hex'));
}
