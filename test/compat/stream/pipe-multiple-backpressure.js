'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ objectMode: true, read() {} });
const slow = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { console.log('slow', c); setTimeout(cb, 5); } });
const fast = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { console.log('fast', c); cb(); } });
r.pipe(slow); r.pipe(fast);
for (let i = 0; i < 4; i++) r.push(i);
r.push(null);
slow.on('finish', () => console.log('slow finish'));
fast.on('finish', () => console.log('fast finish'));
