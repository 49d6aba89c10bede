'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const s = require('stream');
const r = new Readable({ read() {} });
console.log(s.isReadable(r), s.isWritable(r), s.isErrored(r), s.isDisturbed(r), s.isDestroyed(r));
r.push('x'); r.read();
console.log('disturbed', s.isDisturbed(r));
r.destroy(new Error('z'));
r.on('error', () => {});
console.log(s.isReadable(r), s.isErrored(r), s.isDestroyed(r));
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log(s.isWritable(w), s.isReadable(w));
w.end();
console.log('ended', s.isWritable(w));
console.log(s.isReadable({}), s.isWritable({}), s.isErrored({}), s.isDisturbed({}));
console.log(s.getDefaultHighWaterMark(false), s.getDefaultHighWaterMark(true));
s.setDefaultHighWaterMark(false, 1000);
console.log(new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
s.setDefaultHighWaterMark(true, 5);
console.log(new Readable({ objectMode: true }).readableHighWaterMark);
try { s.setDefaultHighWaterMark(false, -1); } catch (e) { console.log(e.code, e.message); }
try { s.setDefaultHighWaterMark(false, 'x'); } catch (e) { console.log(e.code, e.message); }
