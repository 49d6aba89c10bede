'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({ highWaterMark: 100, write(c, e, cb) { console.log('write', c.toString()); setImmediate(cb); }, writev(chunks, cb) { console.log('writev', chunks.map((x) => x.chunk.toString()).join('|'), chunks.allBuffers); setImmediate(() => cb()); } });
on(w, 'w', ['drain', 'finish']);
w.write('1', () => console.log('cb1'));
w.write('2', () => console.log('cb2'));
w.write('3', () => console.log('cb3'));
w.write('4');
w.end(() => console.log('end'));
