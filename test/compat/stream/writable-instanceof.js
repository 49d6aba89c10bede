'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
class MyW extends Writable { _write(c, e, cb) { console.log('mine', c.toString()); cb(); } }
const w = new MyW();
w.write('x');
console.log(w instanceof Writable, w instanceof MyW, w instanceof Readable);
const fw = Writable({ write(c, e, cb) { console.log('factory', c.toString()); cb(); } });
fw.write('y');
const fr = Readable({ read() {} });
console.log(fr instanceof Readable);
console.log(new Transform() instanceof Writable, new PassThrough() instanceof Duplex, {} instanceof Writable);
