'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
r.on('data', (d) => console.log('data', d.toString()));
r.on('readable', () => { console.log('readable'); let c; while ((c = r.read()) !== null) console.log('read', c.toString()); });
r.push('1'); r.push('2');
console.log('flowing', r.readableFlowing);
setImmediate(() => { r.push('3'); r.push(null); });
r.on('end', () => console.log('end'));
