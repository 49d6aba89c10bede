'use strict';
// File name, lastModified and Blob behaviour
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
const { File, Blob } = require('buffer');
(async () => {
  const f = new File(['hello'], 'greet.txt', { type: 'text/plain', lastModified: 1234 });
  console.log(f.name, f.size, f.type, f.lastModified);
  console.log(await f.text());
  console.log(f instanceof Blob, Object.prototype.toString.call(f));
  console.log(require('util').inspect(f));
  console.log(typeof new File([], 'x').lastModified);
  try { new File([]); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(new File([], 5).name);
  const s = f.slice(1, 3);
  console.log(s instanceof File, s.constructor.name, await s.text());
})();
