'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({
  construct(cb) { console.log('construct'); setImmediate(() => { console.log('constructed'); cb(); }); },
  write(c, e, cb) { console.log('_write', c.toString()); cb(); },
  final(cb) { console.log('_final'); cb(); },
});
on(w, 'w', ['finish', 'close']);
w.write('a'); w.write('b');
w.end();
console.log('sync');
const r = new Readable({ construct(cb) { console.log('r construct'); cb(); }, read() { console.log('r _read'); this.push(null); } });
r.on('end', () => console.log('r end'));
r.resume();
const e = new Writable({ construct(cb) { cb(new Error('ctor fail')); }, write(c, e, cb) { cb(); } });
on(e, 'e', ['error', 'close']);
