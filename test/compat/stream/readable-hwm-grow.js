'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ highWaterMark: 4, read() {} });
r.push('abcdefghij');
console.log(r.readableHighWaterMark);
console.log(show(r.read(7)), r.readableHighWaterMark);
r.push('klmnopqrstuvwxyz0123');
console.log(show(r.read(20)), r.readableHighWaterMark);
try { r.read(2 ** 31); } catch (e) { console.log(e.code, e.message); }
