// releaseLock(): pending reads reject, closed rejects, stream can be re-locked.
const { ReadableStream } = require('stream/web');
const show = (label) => [(v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e.name, e.code, e.message)];
(async () => {
  const rs = new ReadableStream();
  const reader = rs.getReader();
  const pending = reader.read();
  const closed = reader.closed;
  reader.releaseLock();
  await pending.then(...show('pending read'));
  await closed.then(...show('closed'));
  await reader.closed.then(...show('closed again'));
  console.log('same promise', closed === reader.closed);
  await reader.read().then(...show('read after release'));
  await reader.cancel().then(...show('cancel after release'));
  reader.releaseLock();
  console.log('second release ok, locked:', rs.locked);
  const r2 = rs.getReader();
  console.log('relocked', rs.locked, r2 !== reader);
  // release on a closed stream: closed promise becomes a new rejected one
  const done = new ReadableStream({ start(c) { c.close(); } });
  const r3 = done.getReader();
  const before = r3.closed;
  await before.then(...show('closed stream'));
  r3.releaseLock();
  console.log('replaced', before !== r3.closed);
  await r3.closed.then(...show('after release'));
})();
