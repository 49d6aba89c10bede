'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const { compose } = require('stream');
const c = compose(new Transform({ transform(ch, e, cb) { cb(null, ch.toString().toUpperCase()); } }), async function* (src) { for await (const x of src) yield x.toString() + '!'; });
c.on('data', (d) => console.log('data', d.toString()));
c.on('end', () => console.log('end'));
c.on('finish', () => console.log('finish'));
c.write('a'); c.end('b');
try { compose(); } catch (e) { console.log(e.code, e.message); }
