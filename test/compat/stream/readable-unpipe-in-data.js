'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({ objectMode: true, write(c, e, cb) { console.log('w', c); if (c === 2) r.unpipe(w); cb(); } });
w.on('unpipe', () => console.log('unpipe'));
r.pipe(w);
r.push(1); r.push(2); r.push(3);
setImmediate(() => console.log('left', r.readableLength, r.readableFlowing));
