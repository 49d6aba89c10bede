'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const { Stream } = require('stream');
const src = new Stream();
const dst = new Stream();
dst.writable = true;
dst.write = (c) => { console.log('write', c); return c !== 'b'; };
dst.end = () => console.log('dst end');
src.pause = () => console.log('src pause');
src.resume = () => console.log('src resume');
src.readable = true;
dst.on('pipe', (s) => console.log('pipe', s === src));
src.pipe(dst);
src.emit('data', 'a');
src.emit('data', 'b');
dst.emit('drain');
src.emit('end');
src.emit('end');
