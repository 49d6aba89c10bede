'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
finished(r, (err) => console.log('r finished', err));
r.resume(); r.push('a'); r.push(null);
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('w finished', err));
w.end('x');
const d = new Readable({ read() {} });
finished(d, (err) => console.log('d finished', err && err.code, err && err.message));
d.destroy();
const e = new Readable({ read() {} });
finished(e, (err) => console.log('e finished', err && err.message));
e.on('error', () => {});
e.destroy(new Error('err!'));
