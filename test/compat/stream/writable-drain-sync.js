'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({ highWaterMark: 2, write(c, e, cb) { cb(); } });
on(w, 'w', ['drain']);
console.log(w.write('abc', () => console.log('cb1')));
console.log(w.write('d', () => console.log('cb2')));
console.log('len', w.writableLength);
setImmediate(() => console.log('imm'));
