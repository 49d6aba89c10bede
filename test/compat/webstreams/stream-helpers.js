// node:stream helpers applied to web streams: finished, isDisturbed, isErrored, isReadable, consumers.
const stream = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
const consumers = require('stream/consumers');
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
  console.log('disturbed before', stream.isDisturbed(rs), 'readable', stream.isReadable(rs), 'errored', stream.isErrored(rs));
  await rs.getReader().read();
  console.log('disturbed after', stream.isDisturbed(rs));
  const bad = new ReadableStream({ start(c) { c.error(new Error('e')); } });
  console.log('errored', stream.isErrored(bad), 'readable', stream.isReadable(bad));
  const rs2 = new ReadableStream({ start(c) { c.enqueue('y'); c.close(); } });
  stream.finished(rs2, (err) => console.log('finished rs2', err));
  for await (const x of rs2) console.log('read', x);
  await new Promise((r) => setTimeout(r, 1));
  const rs3 = new ReadableStream({ start(c) { setTimeout(() => c.error(new Error('late')), 1); } });
  await stream.promises.finished(rs3).catch((e) => console.log('finished rejected', e.message));
  const ws = new WritableStream();
  stream.finished(ws, (err) => console.log('finished ws', err));
  await ws.close();
  await new Promise((r) => setTimeout(r, 1));
  console.log(await consumers.text(ReadableStream.from(['con', 'sumers'])));
  console.log(await consumers.json(ReadableStream.from([new TextEncoder().encode('{"k":'), '1}'])));
  console.log((await consumers.buffer(ReadableStream.from([new Uint8Array([1, 2]), new Uint8Array([3])]))).length);
  const ac = new AbortController();
  const guarded = stream.addAbortSignal(ac.signal, new ReadableStream());
  ac.abort();
  await guarded.getReader().read().catch((e) => console.log('abort signal', e.name));
})();
