'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ encoding: 'utf8', read() {} });
const euro = Buffer.from('\u20ac');
r.push(euro.subarray(0, 1)); r.push(euro.subarray(1)); r.push(Buffer.from('ab')); r.push(null);
r.on('data', (d) => console.log('data', typeof d, JSON.stringify(d)));
r.on('end', () => console.log('end', r.readableEncoding));
const h = new Readable({ read() {} });
h.setEncoding('hex');
h.push('hi');
h.push(null);
h.on('data', (d) => console.log('hex', d));
const b = new Readable({ read() {} });
b.push('abc'); b.setEncoding('base64');
console.log('b64', b.read(), b.readableEncoding);
