'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const c = require('stream/consumers');
(async () => {
  console.log(JSON.stringify(await c.text(Readable.from(['h', 'i']))));
  console.log(await c.json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await c.buffer(Readable.from([Buffer.from('ab'), 'cd', new Uint8Array([101])]));
  console.log(Buffer.isBuffer(buf), buf.toString());
  const ab = await c.arrayBuffer(Readable.from([Buffer.from('xyz')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const euro = Buffer.from('\u20ac');
  console.log(await c.text(Readable.from([euro.subarray(0, 2), euro.subarray(2)])));
  try { await c.json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
  async function* g() { yield 'it'; yield 'er'; }
  console.log(await c.text(g()));
})();
