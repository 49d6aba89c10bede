'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ autoDestroy: false, read() {} });
on(r, 'r', ['error', 'close', 'end']);
r.push(1);
console.log('destroyed', r.destroyed, 'errored', r.errored && r.errored.code);
r.push(2);
setImmediate(() => console.log('later destroyed', r.destroyed, r.readable));
