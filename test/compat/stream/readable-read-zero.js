'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
let calls = 0;
const r = new Readable({ highWaterMark: 4, read(n) { calls++; console.log('_read', n, calls); if (calls < 4) this.push('ab'); else this.push(null); } });
console.log('r0', r.read(0), r.readableLength);
process.nextTick(() => { console.log('tick len', r.readableLength); console.log('r0b', r.read(0), r.readableLength); });
setImmediate(() => { console.log('imm', r.readableLength, r.readableEnded); r.on('end', () => console.log('end')); r.resume(); });
