// tee(): both branches see every chunk in order; the original is locked.
const { ReadableStream } = require('stream/web');
(async () => {
  const rs = new ReadableStream({
    start(c) { for (const x of ['a', 'b', 'c']) c.enqueue(x); c.close(); },
  });
  const [b1, b2] = rs.tee();
  console.log(rs.locked, b1.locked, b2.locked, b1 instanceof ReadableStream);
  const read = async (s) => { const out = []; for await (const x of s) out.push(x); return out.join(''); };
  console.log(await read(b1), await read(b2));
  // chunks are the same objects (no cloning for default streams)
  const obj = { k: 1 };
  const [c1, c2] = new ReadableStream({ start(c) { c.enqueue(obj); c.close(); } }).tee();
  const v1 = (await c1.getReader().read()).value;
  const v2 = (await c2.getReader().read()).value;
  console.log(v1 === obj, v2 === obj);
  // reading only one branch pulls the source
  let pulls = 0;
  const src = new ReadableStream({ pull(c) { pulls++; c.enqueue(pulls); if (pulls === 3) c.close(); } });
  const [d1] = src.tee();
  const out = [];
  for await (const x of d1) out.push(x);
  console.log(out.join(','), 'pulls', pulls);
  try { rs.tee(); } catch (e) { console.log(e.name, e.code, e.message); }
})();
