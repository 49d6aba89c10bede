'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
let n = 0;
const r = new Readable({ highWaterMark: 4, read() { n++; if (n > 6) this.push(null); else this.push('xx'); } });
const w = new Writable({ highWaterMark: 3, write(c, e, cb) { console.log('write', c.toString(), w.writableLength); setImmediate(cb); } });
on(r, 'r', ['pause', 'resume', 'end']);
on(w, 'w', ['drain', 'finish']);
r.pipe(w);
