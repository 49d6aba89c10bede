'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
class T extends Transform {
  _transform(c, e, cb) { cb(null, c); }
  _flush(cb) { console.log('flush'); cb(); }
  _final(cb) { console.log('custom final'); cb(); }
}
const t = new T();
on(t, 't', ['finish', 'end', 'prefinish', 'close']);
t.resume();
t.end('x');
