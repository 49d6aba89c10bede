'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { console.log('write', c.toString()); cb(); } });
on(r, 'r', ['close', 'pause']);
on(w, 'w', ['close', 'unpipe']);
r.pipe(w);
r.push('a');
setImmediate(() => { w.destroy(); setImmediate(() => { console.log('r', r.destroyed, r.readableFlowing, r._readableState.pipes.length); }); });
