'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
try { pipeline(); } catch (e) { console.log(e.name, e.code, e.message); }
try { pipeline(Readable.from([])); } catch (e) { console.log(e.name, e.code, e.message); }
try { pipeline(Readable.from([]), () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { pipeline(Readable.from([]), new PassThrough(), 'notfn'); } catch (e) { console.log(e.name, e.code, e.message); }
try { pipeline(() => 5, new PassThrough(), () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { pipeline(Readable.from([]), (s) => 5, new PassThrough(), () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
