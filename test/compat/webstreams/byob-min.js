// BYOB read({ min }) waits until at least min elements are available.
const { ReadableStream } = require('stream/web');
(async () => {
  let ctl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  let resolved = false;
  const p = reader.read(new Uint8Array(8), { min: 5 }).then((r) => { resolved = true; return r; });
  ctl.enqueue(new Uint8Array([1, 2]));
  await new Promise((r) => setTimeout(r, 5));
  console.log('after 2 bytes resolved?', resolved);
  ctl.enqueue(new Uint8Array([3, 4, 5, 6]));
  const r = await p;
  console.log(Array.from(r.value));
  const p2 = reader.read(new Uint16Array(4), { min: 2 });
  ctl.enqueue(new Uint8Array([1, 0, 2, 0, 3]));
  const r2 = await p2;
  console.log(r2.value.constructor.name, Array.from(r2.value));
  const p3 = reader.read(new Uint8Array(4));
  console.log(Array.from((await p3).value));
  for (const [label, view, opts] of [
    ['min 0', new Uint8Array(4), { min: 0 }],
    ['min too big', new Uint8Array(4), { min: 5 }],
    ['min too big u32', new Uint32Array(2), { min: 3 }],
  ]) {
    await reader.read(view, opts).catch((e) => console.log(label, e.name, e.code, e.message));
  }
  // closing with a partial element errors the stream
  ctl.enqueue(new Uint8Array([9]));
  const p4 = reader.read(new Uint16Array(2));
  try { ctl.close(); } catch (e) { console.log('close threw', e.name); }
  await p4.catch((e) => console.log('p4 rejected', e.name));
})();
