'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const { Stream } = require('stream');
const s = new Stream();
s.readable = true;
s.pipe = Stream.prototype.pipe;
finished(s, (err) => console.log('legacy done', err && err.code));
s.emit('end');
const s2 = new Stream();
s2.writable = true; s2.write = () => true;
finished(s2, (err) => console.log('legacy2', err && err.code));
s2.emit('close');
