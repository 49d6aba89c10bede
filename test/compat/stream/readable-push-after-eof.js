'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
on(r, 'r', ['error', 'close', 'end']);
r.push(null);
r.push('late');
console.log('destroyed', r.destroyed, r.errored && r.errored.code);
const r2 = new Readable({ read() {}, autoDestroy: false });
on(r2, 'r2', ['error', 'close']);
r2.push(null);
r2.push('late');
console.log('r2 destroyed', r2.destroyed);
