'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
r.push('world');
r.unshift('hello ');
console.log(show(r.read()));
r.setEncoding('utf8');
r.push('abc');
r.unshift('X');
console.log(show(r.read()));
const o = new Readable({ objectMode: true, read() {} });
o.push(2); o.unshift(1); o.unshift(0);
console.log(o.read(), o.read(), o.read(), o.read());
o.push(null);
o.on('end', () => { console.log('end'); try { o.unshift(5); } catch (e) { console.log('threw', e.code); } });
o.on('error', (e) => console.log('error', e.code, e.message));
o.resume();
