'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({ write(c, e, cb) { console.log('chunk', c.constructor.name, c.length, e); cb(); } });
for (const v of [null, undefined, 1, {}, []]) { try { w.write(v); } catch (e) { console.log(e.name, e.code, e.message); } }
try { w.write('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
w.write(new Uint8Array([1, 2]));
w.write('hi', 'hex');
w.write('aGk=', 'base64');
const o = new Writable({ objectMode: true, write(c, e, cb) { console.log('obj', JSON.stringify(c), e); cb(); } });
o.write(1); o.write('s'); o.write({ a: 1 });
try { o.write(null); } catch (e) { console.log(e.code); }
