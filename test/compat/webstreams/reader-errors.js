// Reader construction and brand checks.
const { ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader } = require('stream/web');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r && r.constructor && r.constructor.name);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const rs = new ReadableStream();
t('new default reader', () => new ReadableStreamDefaultReader(rs));
t('second reader', () => new ReadableStreamDefaultReader(rs));
t('getReader locked', () => rs.getReader());
t('reader of number', () => new ReadableStreamDefaultReader(1));
t('reader of object', () => new ReadableStreamDefaultReader({}));
t('byob of default', () => new ReadableStreamBYOBReader(new ReadableStream()));
t('byob of bytes', () => new ReadableStreamBYOBReader(new ReadableStream({ type: 'bytes' })));
t('getReader mode x', () => new ReadableStream().getReader({ mode: 'x' }));
t('getReader mode byob', () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }));
t('getReader mode undefined', () => new ReadableStream().getReader({ mode: undefined }));
t('getReader number', () => new ReadableStream().getReader(1));
t('locked getter on object', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({}));
t('getReader on object', () => ReadableStream.prototype.getReader.call({}));
t('tee on object', () => ReadableStream.prototype.tee.call(1));
t('releaseLock on object', () => ReadableStreamDefaultReader.prototype.releaseLock.call({}));
(async () => {
  for (const [label, fn] of [
    ['cancel on object', () => ReadableStream.prototype.cancel.call({})],
    ['read on object', () => ReadableStreamDefaultReader.prototype.read.call({})],
    ['pipeTo on object', () => ReadableStream.prototype.pipeTo.call({}, null)],
  ]) {
    await fn().catch((e) => console.log(label, e.name, e.code, e.message));
  }
})();
