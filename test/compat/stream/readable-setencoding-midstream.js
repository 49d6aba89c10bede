'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
r.push(Buffer.from([0xe2, 0x82]));
r.setEncoding('utf8');
console.log('len', r.readableLength, JSON.stringify(r.read()));
r.push(Buffer.from([0xac, 0x41]));
console.log(JSON.stringify(r.read()));
r.setEncoding('latin1');
r.push(Buffer.from([0xe9]));
console.log(JSON.stringify(r.read()), r.readableEncoding);
