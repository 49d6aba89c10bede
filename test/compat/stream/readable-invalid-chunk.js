'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
for (const v of [1, {}, true, [1]]) {
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('error', e.name, e.code, e.message));
  r.on('close', () => console.log('close'));
  console.log('push ret', r.push(v));
}
const o = new Readable({ objectMode: true, read() {} });
console.log(o.push(1), o.push({}), o.push(''), o.readableLength);
