// ReadableStream constructor argument validation.
const { ReadableStream } = require('stream/web');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('undefined', () => new ReadableStream(undefined));
t('empty', () => new ReadableStream({}));
t('number', () => new ReadableStream(1));
t('string', () => new ReadableStream('x'));
t('null', () => new ReadableStream(null));
t('type foo', () => new ReadableStream({ type: 'foo' }));
t('type bytes', () => new ReadableStream({ type: 'bytes' }));
t('pull number', () => new ReadableStream({ pull: 1 }));
t('cancel string', () => new ReadableStream({ cancel: 'x' }));
t('hwm -1', () => new ReadableStream({}, { highWaterMark: -1 }));
t('hwm NaN', () => new ReadableStream({}, { highWaterMark: NaN }));
t('hwm string', () => new ReadableStream({}, { highWaterMark: '4' }));
t('hwm Infinity', () => new ReadableStream({}, { highWaterMark: Infinity }));
t('size number', () => new ReadableStream({}, { size: 1 }));
t('strategy number', () => new ReadableStream({}, 1));
t('strategy null', () => new ReadableStream({}, null));
t('bytes with size', () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }));
t('bytes autoAllocate 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
t('bytes autoAllocate 16', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 16 }));
t('start throws', () => new ReadableStream({ start() { throw new Error('start failed'); } }));
t('function source', () => new ReadableStream(function () {}));
