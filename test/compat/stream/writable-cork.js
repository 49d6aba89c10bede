'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({
  write(c, e, cb) { console.log('_write', c.toString()); cb(); },
  writev(chunks, cb) { console.log('_writev', chunks.map((c) => c.chunk.toString() + ':' + c.encoding).join(',')); cb(); },
});
on(w, 'w', ['finish']);
w.cork();
w.write('a', () => console.log('cb a'));
w.write('b', () => console.log('cb b'));
console.log('corked', w.writableCorked, w.writableLength);
w.cork();
w.uncork();
console.log('still corked', w.writableCorked);
process.nextTick(() => { w.uncork(); console.log('uncorked', w.writableCorked); w.write('c'); w.end(); });
