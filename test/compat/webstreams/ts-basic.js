// TransformStream: identity by default, transform() can enqueue any number of chunks.
const { TransformStream } = require('stream/web');
async function run(ts, inputs) {
  const w = ts.writable.getWriter();
  const out = [];
  const reading = (async () => { for await (const x of ts.readable) out.push(x); })();
  for (const x of inputs) await w.write(x);
  await w.close();
  await reading;
  return out;
}
(async () => {
  console.log(await run(new TransformStream(), [1, 'two', { three: 3 }]));
  console.log(await run(new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue(chunk.length); },
  }), ['ab', 'cde']));
  console.log(await run(new TransformStream({ transform() {} }), ['dropped']));
  console.log(await run(new TransformStream({
    async transform(chunk, c) { await new Promise((r) => setTimeout(r, 1)); c.enqueue(chunk * 2); },
  }), [1, 2, 3]));
  const t = { transform(chunk, c) { c.enqueue(this === t); } };
  console.log(await run(new TransformStream(t), [0]));
  let ctl;
  const ts = new TransformStream({ start(c) { ctl = c; } });
  console.log('desiredSize', ctl.desiredSize, ctl.constructor.name);
  ctl.enqueue('from start');
  console.log('desiredSize after enqueue', ctl.desiredSize);
  console.log((await ts.readable.getReader().read()).value);
})();
