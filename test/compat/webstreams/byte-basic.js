// Byte streams with a default reader: chunks arrive as Uint8Array views over transferred buffers.
const { ReadableStream } = require('stream/web');
(async () => {
  const src = new Uint8Array([1, 2, 3, 4]);
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(src);
      c.enqueue(new Uint16Array([0x0102]));
      c.enqueue(new DataView(new ArrayBuffer(2)));
      c.close();
    },
  });
  console.log('source detached', src.byteLength, src.buffer.byteLength);
  const r = rs.getReader();
  for (let i = 0; i < 4; i++) {
    const { value, done } = await r.read();
    console.log(done, value && value.constructor.name, value && Array.from(value));
  }
  let ctl;
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  console.log('desiredSize', ctl.desiredSize, 'byobRequest', ctl.byobRequest);
  const r2 = rs2.getReader();
  const p = r2.read();
  ctl.enqueue(new Uint8Array([9, 8]));
  console.log(Array.from((await p).value));
  ctl.enqueue(new Uint8Array([7]));
  console.log('desiredSize after enqueue', ctl.desiredSize);
  for (const bad of [1, 'str', new ArrayBuffer(2), new Uint8Array(0), [1, 2]]) {
    try { ctl.enqueue(bad); } catch (e) { console.log(e.name, e.code, e.message.split('. Received')[0]); }
  }
  ctl.close();
  try { ctl.close(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { ctl.enqueue(new Uint8Array(1)); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(Array.from((await r2.read()).value), (await r2.read()).done);
  try { ctl.close(); } catch (e) { console.log(e.name, e.code, e.message); }
})();
