'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({ write(c, e, cb) { console.log('_write'); setImmediate(() => { console.log('write completes'); cb(); }); }, destroy(err, cb) { console.log('_destroy', err); cb(err); } });
on(w, 'w', ['close', 'error', 'finish']);
w.write('a', (err) => console.log('cb a', err && err.code));
w.write('b', (err) => console.log('cb b', err && err.code));
w.end((err) => console.log('end cb', err && err.code));
w.destroy();
