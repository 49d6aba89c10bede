// deflate and deflate-raw formats and format validation.
const zlib = require('zlib');
const { CompressionStream, DecompressionStream, ReadableStream } = require('stream/web');
async function collect(rs) { const parts = []; for await (const x of rs) parts.push(x); return Buffer.concat(parts); }
(async () => {
  const input = Buffer.from('deflate me please, deflate me please, deflate me please');
  const deflated = await collect(ReadableStream.from([input]).pipeThrough(new CompressionStream('deflate')));
  console.log('deflate header', deflated[0].toString(16), zlib.inflateSync(deflated).equals(input));
  const raw = await collect(ReadableStream.from([input]).pipeThrough(new CompressionStream('deflate-raw')));
  console.log('raw', zlib.inflateRawSync(raw).equals(input));
  console.log((await collect(ReadableStream.from([zlib.deflateSync('zd')]).pipeThrough(new DecompressionStream('deflate')))).toString());
  console.log((await collect(ReadableStream.from([zlib.deflateRawSync('zr')]).pipeThrough(new DecompressionStream('deflate-raw')))).toString());
  for (const fmt of ['x', undefined, 'GZIP', 'br', '', 'deflate ']) {
    try { new CompressionStream(fmt); console.log(fmt, 'ok'); } catch (e) { console.log(e.name, e.code, e.message); }
    try { new DecompressionStream(fmt); console.log(fmt, 'ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { Object.getOwnPropertyDescriptor(CompressionStream.prototype, 'readable').get.call({}); } catch (e) { console.log(e.name, e.code); }
})();
