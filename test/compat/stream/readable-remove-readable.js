'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
const fn = () => console.log('readable');
r.on('readable', fn);
r.on('data', (d) => console.log('data', d.toString()));
console.log('flowing1', r.readableFlowing);
r.removeListener('readable', fn);
console.log('flowing2', r.readableFlowing);
process.nextTick(() => { console.log('flowing3', r.readableFlowing); r.push('x'); });
setImmediate(() => { r.push(null); });
r.on('end', () => console.log('end'));
