// BYOB reads fill the caller's view; typed arrays of wider elements receive whole elements.
const { ReadableStream } = require('stream/web');
(async () => {
  let ctl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  ctl.enqueue(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
  const reader = rs.getReader({ mode: 'byob' });
  const buf = new Uint8Array(3);
  const r1 = await reader.read(buf);
  console.log('r1', r1.done, r1.value.constructor.name, Array.from(r1.value), 'orig detached', buf.byteLength);
  const r2 = await reader.read(new Uint16Array(1));
  console.log('r2', r2.value.constructor.name, r2.value.length, r2.value.byteOffset);
  const dv = await reader.read(new DataView(new ArrayBuffer(8), 2, 4));
  console.log('dv', dv.value.constructor.name, dv.value.byteOffset, dv.value.byteLength, dv.value.getUint8(0));
  const pending = reader.read(new Uint8Array(10));
  ctl.enqueue(new Uint8Array([42, 43]));
  const r4 = await pending;
  console.log('r4', Array.from(r4.value), r4.value.buffer.byteLength);
  const b = await reader.read(Buffer.alloc(4));
  ctl.close();
  console.log('closed read', b.done, b.value && b.value.length);
  const after = await reader.read(new Uint8Array(4));
  console.log('after close', after.done, after.value.constructor.name, after.value.length, after.value.buffer.byteLength);
})();
