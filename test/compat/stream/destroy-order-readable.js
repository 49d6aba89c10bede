'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
r.on('close', () => console.log('close'));
r.on('error', (e) => console.log('error', e.message));
r.on('end', () => console.log('end'));
r.push('data');
r.resume();
r.destroy(new Error('e1'));
process.nextTick(() => console.log('tick1'));
Promise.resolve().then(() => console.log('micro'));
setImmediate(() => console.log('imm', r.readableAborted, r.readableEnded));
