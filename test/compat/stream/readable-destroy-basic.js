'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
on(r, 'r', ['close', 'error', 'end']);
r.push('a');
r.destroy();
console.log('destroyed', r.destroyed, r.closed, r.readableAborted, r.errored);
r.push('b');
console.log('len', r.readableLength);
process.nextTick(() => console.log('tick', r.closed));
const r2 = new Readable({ read() {} });
on(r2, 'r2', ['close', 'error']);
r2.destroy(new Error('boom'));
console.log('errored', r2.errored.message, r2.readableAborted);
r2.destroy(new Error('second'));
