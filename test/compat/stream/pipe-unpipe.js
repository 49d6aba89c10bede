'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
const w1 = new Writable({ write(c, e, cb) { console.log('w1', c.toString()); cb(); } });
const w2 = new Writable({ write(c, e, cb) { console.log('w2', c.toString()); cb(); } });
on(w1, 'w1', ['unpipe', 'pipe']);
on(w2, 'w2', ['unpipe', 'pipe']);
on(r, 'r', ['pause', 'resume']);
r.pipe(w1); r.pipe(w2);
r.push('a');
setImmediate(() => {
  r.unpipe(w1);
  console.log('flowing', r.readableFlowing, r._readableState.pipes.length);
  r.push('b');
  setImmediate(() => { r.unpipe(); console.log('flowing2', r.readableFlowing); r.push('c'); setImmediate(() => console.log('len', r.readableLength)); });
});
