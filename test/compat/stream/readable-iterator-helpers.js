'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
(async () => {
  const src = () => Readable.from([1, 2, 3, 4, 5, 6]);
  console.log(await src().map((x) => x * 2).toArray());
  console.log(await src().filter((x) => x % 2).toArray());
  console.log(await src().drop(2).take(2).toArray());
  console.log(await src().flatMap((x) => [x, x]).take(5).toArray());
  console.log(await src().reduce((a, b) => a + b, 0));
  console.log(await src().reduce((a, b) => a + b));
  console.log(await src().some((x) => x > 5), await src().every((x) => x > 0), await src().find((x) => x > 3));
  const seen = [];
  await src().forEach((x) => { seen.push(x); });
  console.log(seen);
  console.log(await src().map(async (x) => { await new Promise((r) => setTimeout(r, (7 - x) * 3)); return x; }, { concurrency: 3 }).toArray());
  try { await Readable.from([]).reduce((a, b) => a); } catch (e) { console.log(e.name, e.code, e.message); }
  try { src().map(1); } catch (e) { console.log(e.code, e.message); }
  try { src().map((x) => x, { concurrency: 0 }); } catch (e) { console.log(e.code, e.message); }
  try { src().take(-1); } catch (e) { console.log(e.code, e.message); }
  const ac = new AbortController();
  const p = src().map(async (x) => { await new Promise((r) => setTimeout(r, 50)); return x; }, { signal: ac.signal }).toArray();
  ac.abort();
  try { await p; } catch (e) { console.log('aborted', e.name, e.code); }
})();
