'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  setImmediate(() => r.destroy(new Error('mid')));
  try { for await (const x of r) console.log('x', x); } catch (e) { console.log('caught', e.message); }
  const r2 = new Readable({ objectMode: true, read() {} });
  r2.push(1);
  try { for await (const x of r2) { console.log('x2', x); throw new Error('body'); } } catch (e) { console.log('caught2', e.message, r2.destroyed); }
  const r3 = new Readable({ read() {} });
  setImmediate(() => r3.destroy());
  try { for await (const x of r3) console.log(x); console.log('r3 done'); } catch (e) { console.log('caught3', e.code, e.message); }
})();
