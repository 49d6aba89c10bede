'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({ highWaterMark: 10, write(c, e, cb) { setImmediate(cb); } });
const res = [];
for (let i = 0; i < 6; i++) res.push([w.write('abc'), w.writableLength, w.writableNeedDrain]);
console.log(JSON.stringify(res));
w.on('drain', () => console.log('drain', w.writableLength));
const o = new Writable({ objectMode: true, write(c, e, cb) { setImmediate(cb); } });
const r2 = [];
for (let i = 0; i < 18; i++) r2.push(o.write({ i }));
console.log(r2.join(','), o.writableLength, o.writableHighWaterMark);
const z = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
console.log(z.write('x'), z.writableNeedDrain);
