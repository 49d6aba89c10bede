'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => console.log('writable side done', err));
finished(d, { writable: false }, (err) => console.log('readable side done', err));
finished(d, (err) => console.log('both done', err));
d.end();
setImmediate(() => { console.log('pushing null'); d.push(null); d.resume(); });
const r = new Readable({ read() {} });
r.on('error', () => console.log('r error listener'));
finished(r, { error: false }, (err) => console.log('r finished', err && err.code));
r.destroy(new Error('x'));
