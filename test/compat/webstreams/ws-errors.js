// WritableStream constructor and writer errors.
const { WritableStream, WritableStreamDefaultWriter } = require('stream/web');
function t(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('number sink', () => new WritableStream(1));
t('null sink', () => new WritableStream(null));
t('type', () => new WritableStream({ type: 'bytes' }));
t('write number', () => new WritableStream({ write: 1 }));
t('close string', () => new WritableStream({ close: 'x' }));
t('hwm', () => new WritableStream({}, { highWaterMark: -5 }));
t('size', () => new WritableStream({}, { size: {} }));
t('start throws', () => new WritableStream({ start() { throw new Error('start'); } }));
const ws = new WritableStream();
t('writer', () => new WritableStreamDefaultWriter(ws));
t('second writer', () => ws.getWriter());
t('writer of object', () => new WritableStreamDefaultWriter({}));
t('locked on object', () => Object.getOwnPropertyDescriptor(WritableStream.prototype, 'locked').get.call({}));
t('getWriter on object', () => WritableStream.prototype.getWriter.call({}));
(async () => {
  await ws.close().catch((e) => console.log('close locked', e.name, e.code, e.message));
  const ws2 = new WritableStream();
  const w = ws2.getWriter();
  w.close();
  await w.close().catch((e) => console.log('close twice', e.name, e.code, e.message));
  await w.write(1).catch((e) => console.log('write after close', e.name, e.code, e.message));
  await w.closed;
  await w.close().catch((e) => console.log('close closed', e.name, e.code, e.message));
  w.releaseLock();
  try { console.log(w.desiredSize); } catch (e) { console.log('desiredSize released', e.name, e.code, e.message); }
  await w.write(1).catch((e) => console.log('write released', e.name, e.code, e.message));
  await w.closed.catch((e) => console.log('closed released', e.name, e.code, e.message));
  await w.ready.catch((e) => console.log('ready released', e.name, e.code, e.message));
  await WritableStream.prototype.abort.call({}).catch((e) => console.log('abort on object', e.name, e.code, e.message));
  await ws2.close().catch((e) => console.log('close closed stream', e.name, e.code, e.message));
  const ws3 = new WritableStream({ start() { return Promise.reject(new Error('async start')); } });
  const w3 = ws3.getWriter();
  await w3.write(1).catch((e) => console.log('write after failed start', e.message));
  await w3.closed.catch((e) => console.log('closed', e.message));
})();
