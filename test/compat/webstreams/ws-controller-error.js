// controller.error() errors the stream; later calls are ignored.
const { WritableStream } = require('stream/web');
(async () => {
  let ctl;
  const ws = new WritableStream({
    start(c) { ctl = c; },
    write(chunk) { console.log('write', chunk); },
    close() { console.log('close never'); },
  });
  const w = ws.getWriter();
  await w.write('one');
  ctl.error(new Error('ctl error'));
  ctl.error(new Error('ignored'));
  console.log('desiredSize', w.desiredSize);
  await w.write('two').catch((e) => console.log('write', e.message));
  await w.close().catch((e) => console.log('close', e.name, e.code, e.message));
  await w.closed.catch((e) => console.log('closed', e.message));
  await w.ready.catch((e) => console.log('ready', e.message));
  console.log('abort errored', await w.abort('x'));
  // error during an in-flight write: stream errors after the write settles
  let c2;
  let finish;
  const ws2 = new WritableStream({ start(c) { c2 = c; }, write() { return new Promise((r) => { finish = r; }); } });
  const w2 = ws2.getWriter();
  const inflight = w2.write('slow').then(() => console.log('in-flight write resolved'), (e) => console.log('in-flight rejected', e.message));
  await null; await null;
  c2.error(new Error('mid'));
  console.log('desiredSize erroring', w2.desiredSize);
  finish();
  await inflight;
  await w2.closed.catch((e) => console.log('closed2', e.message));
  try { ws2.getWriter(); } catch (e) { console.log(e.code); }
})();
