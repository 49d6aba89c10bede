'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const src = Readable.from([1, 2, 3]);
on(src, 'src', ['close']);
pipeline(src, async function* (s) { for await (const x of s) { if (x === 2) throw new Error('gen boom'); yield x; } }, new Writable({ objectMode: true, write(c, e, cb) { console.log('w', c); cb(); } }), (err) => console.log('cb', err && err.message, src.destroyed));
