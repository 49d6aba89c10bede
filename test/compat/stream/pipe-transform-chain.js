'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const rev = new Transform({ transform(c, e, cb) { cb(null, c.toString().split('').reverse().join('')); } });
const out = [];
const w = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
w.on('finish', () => console.log(out));
Readable.from(['abc', 'def'], { objectMode: false }).pipe(up).pipe(rev).pipe(w);
