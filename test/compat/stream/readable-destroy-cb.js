'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {}, destroy(err, cb) { console.log('_destroy', err && err.message); setImmediate(() => cb(err)); } });
on(r, 'r', ['close', 'error']);
r.destroy(new Error('x'), (e) => console.log('cb', e && e.message));
console.log('sync after');
const r2 = new Readable({ read() {}, destroy(err, cb) { cb(new Error('replaced')); } });
on(r2, 'r2', ['close', 'error']);
r2.destroy();
const r3 = new Readable({ read() {}, emitClose: false });
on(r3, 'r3', ['close', 'error']);
r3.destroy();
setImmediate(() => console.log('r3 closed', r3.closed));
