'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
on(d, 'd', ['end', 'finish', 'close', 'prefinish']);
d.resume();
d.push(null);
console.log('allowHalfOpen', d.allowHalfOpen);
const d2 = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
on(d2, 'd2', ['end', 'finish', 'close']);
d2.resume();
d2.push(null);
setImmediate(() => { console.log('d2 writable', d2.writable, d2.destroyed); d2.end(); });
