'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  on(r, 'r', ['close']);
  r.push('a');
  const it = r.iterator();
  console.log(await it.next());
  console.log(await it.return());
  console.log('destroyed', r.destroyed);
  try { r.iterator(5); } catch (e) { console.log(e.code, e.message); }
})();
