'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
let n = 0;
const r = new Readable({ read() { n++; this.push(n < 4 ? 'x' : null); } });
r.on('end', () => console.log('end after', n, 'reads'));
r.resume();
console.log('didRead', r.readableDidRead);
setImmediate(() => console.log('didRead later', r.readableDidRead));
