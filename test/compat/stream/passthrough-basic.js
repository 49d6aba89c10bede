'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const p = new PassThrough();
on(p, 'p', ['data', 'end', 'finish', 'close']);
p.write('a'); p.write(Buffer.from('b')); p.end('c');
const po = new PassThrough({ objectMode: true });
po.on('data', (d) => console.log('obj', JSON.stringify(d)));
po.write({ x: 1 }); po.write([1]); po.end(7);
console.log(p instanceof Transform, p instanceof Duplex, PassThrough.name);
