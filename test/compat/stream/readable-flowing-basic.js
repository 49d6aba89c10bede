'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
on(r, 'r', ['data', 'end', 'close', 'pause', 'resume']);
r.push('a'); r.push('b'); r.push(null);
console.log('sync', r.readableFlowing, r.readableLength);
process.nextTick(() => console.log('tick', r.readableFlowing, r.readableLength));
setImmediate(() => console.log('imm', r.readableEnded, r.destroyed, r.closed));
