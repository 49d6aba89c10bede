'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({
  construct(cb) { console.log('construct'); setImmediate(() => { console.log('construct done'); cb(); }); },
  read() { console.log('_read'); },
  destroy(err, cb) { console.log('_destroy', err && err.message); cb(err); },
});
on(r, 'r', ['close', 'error']);
r.destroy(new Error('early'));
console.log('destroyed', r.destroyed);
