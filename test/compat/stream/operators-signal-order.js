'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
(async () => {
  const r = Readable.from([1, 2, 3, 4]);
  const order = [];
  await r.map(async (x) => { order.push('start' + x); await new Promise((res) => setTimeout(res, [0, 150, 50, 400, 30][x])); order.push('end' + x); return x; }, { concurrency: 2 }).forEach((x) => order.push('out' + x));
  console.log(order.join(' '));
  const ac = new AbortController();
  ac.abort();
  try { await Readable.from([1]).toArray({ signal: ac.signal }); } catch (e) { console.log(e.name, e.code); }
  try { await Readable.from([1]).reduce((a, b) => a + b, 0, { signal: ac.signal }); } catch (e) { console.log('reduce', e.name); }
  try { await Readable.from([1, 2]).map((x) => { if (x === 2) throw new Error('map throws'); return x; }).toArray(); } catch (e) { console.log('caught', e.message); }
  console.log(await Readable.from([[1, 2], [3]]).flatMap(async function* (a) { yield* a; }).toArray());
  console.log(await Readable.from([1, 2, 3]).take(0).toArray(), await Readable.from([1, 2, 3]).drop(5).toArray());
  try { Readable.from([1]).filter('x'); } catch (e) { console.log(e.code); }
  try { await Readable.from([1]).every(5); } catch (e) { console.log('every', e.code); }
})();
