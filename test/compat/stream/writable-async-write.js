'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { console.log('_write', c.toString()); setImmediate(() => { console.log('done', c.toString()); cb(); }); } });
on(w, 'w', ['drain', 'finish', 'close']);
for (const s of ['ab', 'cd', 'ef']) console.log('write', s, w.write(s, () => console.log('cb', s)), w.writableLength, w.writableNeedDrain);
w.once('drain', () => { console.log('drained', w.writableLength); w.end(); });
