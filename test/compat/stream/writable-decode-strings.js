'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const a = new Writable({ decodeStrings: false, write(c, e, cb) { console.log('a', typeof c, c, e); cb(); } });
a.write('hello'); a.write('6869', 'hex');
const b = new Writable({ defaultEncoding: 'hex', write(c, e, cb) { console.log('b', c.toString(), e); cb(); } });
b.write('6869');
b.setDefaultEncoding('base64');
b.write('aGk=');
try { b.setDefaultEncoding('bad'); } catch (e) { console.log(e.code, e.message); }
console.log(b._writableState.defaultEncoding);
