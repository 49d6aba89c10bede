'use strict';
// Blob from parts: size, type, text, arrayBuffer, bytes, slice
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
const { Blob } = require('buffer');
(async () => {
  const b = new Blob(['ab', Buffer.from('cd'), new Uint8Array([0x65]), new Blob(['f'])], { type: 'Text/Plain' });
  console.log(b.size, JSON.stringify(b.type));
  console.log(await b.text());
  console.log(Buffer.from(await b.arrayBuffer()).toString());
  console.log((await b.bytes()).constructor.name, (await b.bytes()).length);
  const s = b.slice(1, -1, 'x/y');
  console.log(s.size, s.type, await s.text());
  console.log((await b.slice(-2).text()), (await b.slice(10).text()).length, b.slice(3, 1).size);
  console.log(new Blob().size, JSON.stringify(new Blob().type));
  console.log(new Blob(['é']).size);
  console.log(require('util').inspect(b));
  console.log(Object.prototype.toString.call(b));
  console.log(new Blob([new ArrayBuffer(3), new DataView(new ArrayBuffer(2))]).size);
  console.log(new Blob(['a\r\nb'], { endings: 'native' }).size);
  console.log(new Blob([123, { toString() { return 'obj'; } }]).size);
})();
