'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
let n = 0;
const r = new Readable({ objectMode: true, highWaterMark: 3, read() { const k = ++n; console.log('_read', k, r.readableLength); this.push(k <= 6 ? k : null); } });
process.nextTick(() => console.log('tick1'));
r.on('data', (d) => { console.log('data', d); process.nextTick(() => console.log('after data', d)); });
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
Promise.resolve().then(() => console.log('micro'));
