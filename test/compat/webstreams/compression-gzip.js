// CompressionStream/DecompressionStream gzip round trip, checked against node:zlib.
const zlib = require('zlib');
const { CompressionStream, DecompressionStream } = require('stream/web');
async function pump(ts, chunks) {
  const w = ts.writable.getWriter();
  const parts = [];
  const reading = (async () => { for await (const x of ts.readable) parts.push(x); })();
  for (const c of chunks) await w.write(c);
  await w.close();
  await reading;
  return parts;
}
(async () => {
  const text = 'hello web streams '.repeat(200);
  const parts = await pump(new CompressionStream('gzip'), [Buffer.from(text.slice(0, 100)), Buffer.from(text.slice(100))]);
  console.log('chunk types', [...new Set(parts.map((p) => p.constructor.name))].join(','));
  const gz = Buffer.concat(parts);
  console.log('gzip magic', gz[0], gz[1], gz.length < text.length);
  console.log('zlib decodes', zlib.gunzipSync(gz).toString() === text);
  const back = await pump(new DecompressionStream('gzip'), [gz.subarray(0, 10), gz.subarray(10)]);
  console.log('round trip', Buffer.concat(back).toString() === text);
  const fromZlib = zlib.gzipSync('from zlib');
  const d = await pump(new DecompressionStream('gzip'), [new Uint8Array(fromZlib)]);
  console.log(Buffer.concat(d).toString());
  const empty = await pump(new CompressionStream('gzip'), []);
  console.log('empty input decodes to', JSON.stringify(zlib.gunzipSync(Buffer.concat(empty)).toString()));
  const piped = ReadableStream.from ? null : null;
  const { ReadableStream } = require('stream/web');
  const out = ReadableStream.from([new TextEncoder().encode('piped data')])
    .pipeThrough(new CompressionStream('gzip'))
    .pipeThrough(new DecompressionStream('gzip'));
  const res = [];
  for await (const x of out) res.push(Buffer.from(x).toString());
  console.log(res.join(''), piped);
})();
