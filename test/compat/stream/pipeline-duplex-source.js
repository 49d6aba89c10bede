'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const d = Duplex.from(async function* () { yield 'x'; yield 'y'; }());
const seen = [];
pipeline(d, new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); cb(); } }), (err) => console.log('done', err, seen));
const src = Readable.from(['1', '2']);
pipeline(src, new PassThrough({ objectMode: true }), async function* (s) { for await (const c of s) yield c + c; }, async function (s) { const out = []; for await (const c of s) out.push(c); console.log('sink', out); }, (err, v) => console.log('done2', err, v));
