// BYOB reader argument errors and lifecycle.
const { ReadableStream } = require('stream/web');
(async () => {
  const rs = new ReadableStream({ type: 'bytes' });
  const reader = rs.getReader({ mode: 'byob' });
  for (const [label, view] of [
    ['number', 1], ['arraybuffer', new ArrayBuffer(4)], ['empty view', new Uint8Array(0)],
    ['string', 'abc'], ['undefined', undefined],
  ]) {
    await reader.read(view).catch((e) => console.log(label, e.name, e.code, e.message.split('. Received')[0]));
  }
  await reader.read(new Uint8Array(2), 5).catch((e) => console.log('options', e.name, e.code));
  reader.releaseLock();
  await reader.read(new Uint8Array(2)).catch((e) => console.log('released', e.name, e.code, e.message));
  await reader.closed.catch((e) => console.log('closed', e.message));
  const r2 = rs.getReader({ mode: 'byob' });
  const pend = r2.read(new Uint8Array(2));
  r2.releaseLock();
  await pend.catch((e) => console.log('pending', e.name, e.code, e.message));
  const r3 = rs.getReader({ mode: 'byob' });
  const pend3 = r3.read(new Uint8Array(2));
  await r3.cancel('bye');
  const res = await pend3;
  console.log('cancelled read', res.done, res.value);
  // errored stream rejects read
  const bad = new ReadableStream({ type: 'bytes', start(c) { c.error(new Error('bad')); } });
  await bad.getReader({ mode: 'byob' }).read(new Uint8Array(1)).catch((e) => console.log('errored', e.message));
})();
