'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
async function* gen() { yield 'a'; await null; yield 'b'; yield Promise.resolve('c'); }
const r = Readable.from(gen());
(async () => { for await (const x of r) console.log('got', x); console.log('done', r.destroyed); })();
async function* bad() { yield 1; throw new Error('gen failed'); }
const r2 = Readable.from(bad());
r2.on('data', (d) => console.log('r2 data', d));
r2.on('error', (e) => console.log('r2 error', e.message));
r2.on('close', () => console.log('r2 close'));
