// TextDecoderStream: multi-byte sequences split across chunks, options, fatal errors.
const { TextDecoderStream } = require('stream/web');
async function decode(chunks, ...args) {
  const ts = new TextDecoderStream(...args);
  const w = ts.writable.getWriter();
  const out = [];
  const reading = (async () => { for await (const x of ts.readable) out.push(JSON.stringify(x)); })();
  try {
    for (const c of chunks) await w.write(c);
    await w.close();
    await reading;
  } catch (e) {
    out.push(`error ${e.name} ${e.code}`);
    await reading.catch(() => {});
  }
  return out.join(' ');
}
(async () => {
  const ts = new TextDecoderStream();
  console.log(ts.encoding, ts.fatal, ts.ignoreBOM);
  const t2 = new TextDecoderStream('utf-16le', { fatal: true, ignoreBOM: true });
  console.log(t2.encoding, t2.fatal, t2.ignoreBOM);
  const bytes = Buffer.from('héllo €uro 😀');
  console.log(await decode([bytes]));
  console.log(await decode(Array.from(bytes).map((b) => new Uint8Array([b]))));
  console.log(await decode([bytes.subarray(0, 3), bytes.subarray(3, 13), bytes.subarray(13)]));
  console.log(await decode([new Uint8Array([0xe2, 0x82])]));
  console.log(await decode([new Uint8Array([0xef, 0xbb, 0xbf, 0x41])]));
  console.log(await decode([new Uint8Array([0xef, 0xbb, 0xbf, 0x41])], 'utf-8', { ignoreBOM: true }));
  console.log(await decode([new Uint8Array([0x41, 0x00, 0x42])], 'utf-16le'));
  console.log(await decode([new Uint8Array([0xff])], 'utf-8', { fatal: true }));
  console.log(await decode([new DataView(new Uint8Array([0x68, 0x69]).buffer), new Uint8Array([0x21]).buffer]));
  try { new TextDecoderStream('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
})();
