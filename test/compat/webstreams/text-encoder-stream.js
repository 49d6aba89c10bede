// TextEncoderStream: strings to UTF-8, surrogate pairs split across chunks.
const { TextEncoderStream } = require('stream/web');
async function encode(chunks) {
  const ts = new TextEncoderStream();
  const w = ts.writable.getWriter();
  const out = [];
  const reading = (async () => { for await (const x of ts.readable) out.push(`${x.constructor.name}[${Array.from(x).join(',')}]`); })();
  for (const c of chunks) w.write(c);
  await w.close();
  await reading;
  return out.join(' ');
}
(async () => {
  const ts = new TextEncoderStream();
  console.log(ts.encoding, typeof ts.readable, typeof ts.writable);
  console.log(await encode(['abc', 'é', '€']));
  console.log(await encode(['\ud83d', '\ude00']));
  console.log(await encode(['x\ud83d', '\ude00y']));
  console.log(await encode(['\ud83d']));
  console.log(await encode(['\ude00']));
  console.log(await encode(['', 'a', '']));
  console.log(await encode([42, null, { toString() { return 'obj'; } }]));
  try { Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'encoding').get.call({}); } catch (e) { console.log(e.name, e.code); }
})();
