'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 5, read() {}, write(c, e, cb) { cb(); } });
console.log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
const d2 = new Duplex({ objectMode: true, highWaterMark: 3 });
console.log(d2.readableObjectMode, d2.writableObjectMode, d2.readableHighWaterMark, d2.writableHighWaterMark);
const d3 = new Duplex({ readable: false, writable: false });
console.log(d3.readable, d3.writable, d3.readableEnded, d3.writableFinished);
const d4 = new Duplex();
console.log(d4 instanceof Writable, d4 instanceof Readable, new Writable() instanceof Duplex);
try { new Duplex({ highWaterMark: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Readable({ highWaterMark: 'x' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Duplex({ readableHighWaterMark: 1.5 }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new Readable({ highWaterMark: 2.0 }).readableHighWaterMark);
