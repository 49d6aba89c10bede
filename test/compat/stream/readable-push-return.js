'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ highWaterMark: 5, read() {} });
console.log(r.push('ab'), r.readableLength);
console.log(r.push('cd'), r.readableLength);
console.log(r.push('e'), r.readableLength);
console.log(r.push('f'), r.readableLength);
console.log(r.push(''), r.readableLength);
console.log(r.push(null), r.readableLength);
const o = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
console.log(o.push(1), o.push(2), o.push(3), o.readableLength, o.readableHighWaterMark);
const z = new Readable({ highWaterMark: 0, read() {} });
console.log(z.push('x'), z.readableLength);
