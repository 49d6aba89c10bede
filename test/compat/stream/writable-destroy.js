'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
on(w, 'w', ['error', 'close', 'finish']);
w.write('a', (err) => console.log('cb a', err && err.code));
w.write('b', (err) => console.log('cb b', err && err.code));
w.destroy();
console.log('destroyed', w.destroyed, w.writable, w.writableAborted);
w.write('c', (err) => console.log('cb c', err && err.code, err && err.message));
