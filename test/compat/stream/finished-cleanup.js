'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
const before = r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error');
const cleanup = finished(r, () => console.log('should not run'));
console.log('added', r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error') - before);
cleanup();
console.log('after cleanup', r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error') - before);
r.destroy();
try { finished(r); } catch (e) { console.log(e.code, e.message); }
try { finished({}, () => {}); } catch (e) { console.log(e.code, e.message); }
