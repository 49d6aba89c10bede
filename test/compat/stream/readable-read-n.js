'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
r.push('hello'); r.push('world'); r.push('!');
console.log(r.readableLength);
console.log(show(r.read(3)), r.readableLength);
console.log(show(r.read(4)), r.readableLength);
console.log(show(r.read(100)), r.readableLength);
console.log(show(r.read(0)), r.readableLength);
console.log(show(r.read()), r.readableLength);
r.push(null);
console.log(show(r.read(100)));
r.on('end', () => console.log('end'));
console.log(show(r.read()));
