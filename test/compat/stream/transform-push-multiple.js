'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const t = new Transform({ objectMode: true, transform(c, e, cb) { for (let i = 0; i < c; i++) this.push(c * 10 + i); cb(); } });
t.on('data', (d) => console.log('data', d));
t.on('end', () => console.log('end'));
t.write(1); t.write(2); t.write(3); t.end();
