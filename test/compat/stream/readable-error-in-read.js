'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() { throw new Error('read failed'); } });
on(r, 'r', ['error', 'close', 'end']);
r.resume();
const r2 = new Readable({ read() { this.destroy(new Error('inner')); } });
on(r2, 'r2', ['error', 'close']);
r2.read();
