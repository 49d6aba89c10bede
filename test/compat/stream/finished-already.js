'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
r.resume(); r.push(null);
r.on('close', () => {
  finished(r, (err) => console.log('late finished', err));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => finished(w, (err) => console.log('w late', err)));
});
const e = new Readable({ read() {} });
e.on('error', () => {});
e.destroy(new Error('early'));
setImmediate(() => finished(e, (err) => console.log('errored late', err && err.message)));
