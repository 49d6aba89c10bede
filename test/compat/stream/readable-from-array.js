'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = Readable.from([1, 'two', { three: 3 }]);
console.log(r.readableObjectMode, r.readableHighWaterMark);
r.on('data', (d) => console.log('data', JSON.stringify(d)));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
