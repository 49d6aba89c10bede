'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const t = new Transform({ transform(c, e, cb) { cb(new Error('tx failed')); } });
on(t, 't', ['error', 'close', 'end', 'finish']);
t.write('a', (err) => console.log('write cb', err && err.message));
t.resume();
const t2 = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
on(t2, 't2', ['error', 'close', 'end', 'finish', 'prefinish']);
t2.resume();
t2.end('x');
