'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const EE = require('events');
const old = new EE();
old.pause = () => console.log('old pause');
old.resume = () => console.log('old resume');
const r = new Readable({ highWaterMark: 2 }).wrap(old);
r.on('data', (d) => console.log('data', d.toString()));
r.on('end', () => console.log('end'));
old.emit('data', Buffer.from('abc'));
old.emit('data', Buffer.from('def'));
setImmediate(() => old.emit('end'));
