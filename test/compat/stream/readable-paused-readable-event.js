'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
let i = 0;
const r = new Readable({ read() { i++; if (i <= 3) this.push('x' + i); else this.push(null); } });
r.on('readable', () => { let c; console.log('readable', r.readableLength); while ((c = r.read()) !== null) console.log('read', c.toString()); });
on(r, 'r', ['end', 'close']);
console.log('flowing', r.readableFlowing);
