'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { console.log('write'); cb(); } });
const log = (m) => () => console.log(m);
r.on('end', log('r end')); r.on('close', log('r close'));
w.on('finish', log('w finish')); w.on('close', log('w close')); w.on('unpipe', log('w unpipe'));
r.pipe(w);
r.push('x'); r.push(null);
process.nextTick(log('tick A'));
setImmediate(log('immediate'));
Promise.resolve().then(log('micro'));
