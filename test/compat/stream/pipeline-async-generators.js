'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
async function* source() { yield 'a'; yield 'b'; yield 'c'; }
pipeline(source, async function* (src) { for await (const c of src) yield c.toUpperCase(); }, async function (src) { let s = ''; for await (const c of src) s += c; return s; }, (err, val) => console.log('done', err, val));
pipeline(Readable.from([1, 2, 3]), async function* (src, { signal }) { console.log('signal', signal.aborted); for await (const x of src) yield x * 10; }, new Writable({ objectMode: true, write(c, e, cb) { console.log('w', c); cb(); } }), (err) => console.log('done2', err));
