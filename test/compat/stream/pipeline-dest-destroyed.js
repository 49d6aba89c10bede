'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(); } });
on(src, 'src', ['close', 'error']);
pipeline(src, dst, (err) => console.log('cb', err && err.code, err && err.message, src.destroyed));
setImmediate(() => dst.destroy());
