'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const { pipeline: pp, finished: pf } = require('stream/promises');
(async () => {
  const out = [];
  await pp(Readable.from(['a', 'b']), new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }));
  console.log('ok', out);
  try {
    await pp(Readable.from(['a']), new Transform({ transform(c, e, cb) { cb(new Error('pp fail')); } }), new PassThrough());
  } catch (e) { console.log('caught', e.message); }
  const v = await pp(Readable.from([1, 2, 3]), async (src) => { let t = 0; for await (const x of src) t += x; return t; });
  console.log('value', v);
  const ac = new AbortController();
  const p = pp(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('aborted', e.name, e.code, e.message); }
  const r = Readable.from(['q']);
  r.resume();
  await pf(r);
  console.log('finished', r.readableEnded);
  console.log(require('stream').promises === require('stream/promises'));
})();
