'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(null);
  for await (const x of r) console.log('x', x);
  console.log('ended', r.readableEnded, r.destroyed);
  const b = new Readable({ read() {} });
  b.push('ab'); b.push('cd'); b.push(null);
  const chunks = [];
  for await (const c of b) chunks.push(c.toString());
  console.log(chunks);
})();
