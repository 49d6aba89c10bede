'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const a = Readable.from('hello');
a.on('data', (d) => console.log('str', typeof d, d));
const b = Readable.from(Buffer.from('buf'));
b.on('data', (d) => console.log('buf', Buffer.isBuffer(d), d.toString()));
const c = Readable.from('abc', { objectMode: false });
c.on('data', (d) => console.log('c', Buffer.isBuffer(d), d.toString()));
try { Readable.from(42); } catch (e) { console.log(e.name, e.code, e.message); }
try { Readable.from(null); } catch (e) { console.log(e.name, e.code, e.message); }
