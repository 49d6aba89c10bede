'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  on(r, 'r', ['close', 'error', 'end']);
  r.push(1); r.push(2); r.push(3);
  for await (const x of r) { console.log('x', x); break; }
  console.log('after break', r.destroyed);
  await new Promise((res) => setImmediate(res));
  const r2 = new Readable({ objectMode: true, read() {} });
  on(r2, 'r2', ['close', 'error']);
  r2.push(1); r2.push(2);
  for await (const x of r2.iterator({ destroyOnReturn: false })) { console.log('x2', x); break; }
  console.log('r2 destroyed', r2.destroyed, r2.read());
})();
