// TransformStream errors: constructor validation, transform throwing, controller.error().
const { TransformStream, TransformStreamDefaultController } = require('stream/web');
function t(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('number', () => new TransformStream(1));
t('null', () => new TransformStream(null));
t('readableType', () => new TransformStream({ readableType: 'bytes' }));
t('writableType', () => new TransformStream({ writableType: 'bytes' }));
t('transform number', () => new TransformStream({ transform: 5 }));
t('writable hwm', () => new TransformStream({}, { highWaterMark: -1 }));
t('readable size', () => new TransformStream({}, {}, { size: 1 }));
t('start throws', () => new TransformStream({ start() { throw new Error('start'); } }));
t('controller ctor', () => new TransformStreamDefaultController());
t('readable getter', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}));
(async () => {
  const ts = new TransformStream({ transform() { throw new Error('transform failed'); } });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  await w.write('x').catch((e) => console.log('write', e.message));
  await r.read().catch((e) => console.log('read', e.message));
  await w.closed.catch((e) => console.log('writable closed', e.message));
  let ctl;
  const ts2 = new TransformStream({ start(c) { ctl = c; } });
  ctl.error(new Error('ctl error'));
  await ts2.readable.getReader().closed.catch((e) => console.log('readable', e.message));
  await ts2.writable.getWriter().closed.catch((e) => console.log('writable', e.message));
})();
