'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const { addAbortSignal } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
on(r, 'r', ['error', 'close']);
ac.abort();
const pre = AbortSignal.abort('why');
const w = addAbortSignal(pre, new Writable({ write(c, e, cb) { cb(); } }));
w.on('error', (e) => console.log('w error', e.name, e.code, e.cause));
try { addAbortSignal('x', new Readable()); } catch (e) { console.log(e.code, e.message); }
try { addAbortSignal(new AbortController().signal, {}); } catch (e) { console.log(e.code, e.message); }
const ac2 = new AbortController();
const r2 = new Readable({ read() {}, signal: ac2.signal });
on(r2, 'r2', ['error', 'close']);
ac2.abort();
