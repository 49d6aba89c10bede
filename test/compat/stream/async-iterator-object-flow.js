'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
(async () => {
  let n = 0;
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() { n++; console.log('_read', n); if (n > 4) this.push(null); else setImmediate(() => this.push(n)); } });
  for await (const x of r) console.log('got', x);
  console.log('done', r.destroyed, r.readableEnded);
  const it = Readable.from(['a', 'b'])[Symbol.asyncIterator]();
  console.log(await it.next(), await it.next(), await it.next(), await it.next());
})();
