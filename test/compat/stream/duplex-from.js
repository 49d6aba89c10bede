'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
(async () => {
  const d1 = Duplex.from(async function* (src) { for await (const x of src) yield String(x).toUpperCase(); });
  d1.on('data', (d) => console.log('d1', d));
  d1.write('a'); d1.end('b');
  await new Promise((r) => d1.on('end', r));
  const d2 = Duplex.from([1, 2]);
  console.log('d2', await d2.toArray(), d2.writable);
  const d3 = Duplex.from(Promise.resolve('v'));
  console.log('d3', await d3.toArray());
  const pt = new PassThrough();
  console.log('same', Duplex.from(pt) === pt);
  const d4 = Duplex.from({ readable: Readable.from(['r']), writable: new Writable({ write(c, e, cb) { console.log('pair write', c.toString()); cb(); } }) });
  d4.write('w');
  d4.end();
  console.log('d4', await d4.toArray());
  try { Duplex.from(42); } catch (e) { console.log(e.code, e.message); }
  const d5 = Duplex.from(async function (src) { let n = 0; for await (const x of src) n++; console.log('consumed', n); });
  d5.write('a'); d5.write('b'); d5.end();
  d5.on('finish', () => console.log('d5 finish'));
})();
