// stream.Writable.toWeb(): Node writable to WritableStream.
const { Writable } = require('stream');
(async () => {
  const got = [];
  const node = new Writable({
    write(chunk, enc, cb) { got.push(chunk.toString()); setTimeout(cb, 1); },
    final(cb) { got.push('final'); cb(); },
  });
  const ws = Writable.toWeb(node);
  console.log(ws.constructor.name);
  const w = ws.getWriter();
  await w.write(new TextEncoder().encode('one'));
  await w.write(Buffer.from('two'));
  await w.close();
  console.log(got.join(','), node.writableFinished);
  const failing = new Writable({ write(chunk, enc, cb) { cb(new Error('node write failed')); } });
  failing.on('error', () => {});
  const fw = Writable.toWeb(failing).getWriter();
  await fw.write(new Uint8Array([1])).catch((e) => console.log('write rejected', e.message));
  await fw.closed.catch((e) => console.log('closed rejected', e.message));
  const aborted = new Writable({ write(c, e, cb) { cb(); } });
  aborted.on('close', () => console.log('node destroyed', aborted.destroyed));
  aborted.on('error', (e) => console.log('node error', e.message));
  await Writable.toWeb(aborted).abort(new Error('abort reason'));
  await new Promise((r) => setTimeout(r, 5));
  try { Writable.toWeb({}); } catch (e) { console.log(e.name, e.code, e.message); }
})();
