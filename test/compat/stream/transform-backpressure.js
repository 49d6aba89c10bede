'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
let n = 0;
const t = new Transform({ highWaterMark: 2, objectMode: true, transform(c, e, cb) { n++; console.log('_transform', c); cb(null, c); } });
const res = [];
for (let i = 0; i < 8; i++) res.push(t.write(i));
console.log(res.join(','), t.writableLength, t.readableLength);
setImmediate(() => {
  console.log('later', n, t.writableLength, t.readableLength);
  t.on('data', (d) => console.log('data', d));
  t.end();
});
t.on('end', () => console.log('end'));
