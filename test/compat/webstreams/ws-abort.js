// abort(): the sink sees the reason, pending writes reject, the controller signal fires.
const { WritableStream } = require('stream/web');
(async () => {
  let signal;
  const ws = new WritableStream({
    start(c) { signal = c.signal; signal.addEventListener('abort', () => console.log('signal abort event', signal.reason)); },
    write() { return new Promise((r) => setTimeout(r, 10)); },
    abort(reason) { console.log('sink abort', reason); },
  });
  const w = ws.getWriter();
  const w1 = w.write('in flight').then(() => console.log('w1 resolved'), (e) => console.log('w1 rejected', e));
  const w2 = w.write('queued').then(() => console.log('w2 resolved'), (e) => console.log('w2 rejected', e));
  await null;
  console.log('aborted before', signal.aborted);
  const pa = w.abort('stop!').then((v) => console.log('abort resolved', v));
  console.log('aborted after', signal.aborted, signal.reason);
  await Promise.all([w1, w2, pa]);
  await w.closed.catch((e) => console.log('closed rejected', e));
  await w.ready.catch((e) => console.log('ready rejected', e));
  console.log('desiredSize', w.desiredSize);
  await w.write('late').catch((e) => console.log('late write', e));
  console.log('abort again', await w.abort('again'));
  // abort without a sink abort method, and abort rejection from sink
  const ws2 = new WritableStream({ abort() { throw new Error('abort failed'); } });
  await ws2.abort('x').catch((e) => console.log('abort rejected', e.message));
  const ws3 = new WritableStream();
  console.log('plain abort', await ws3.abort());
  const ws4 = new WritableStream();
  ws4.getWriter();
  await ws4.abort().catch((e) => console.log(e.name, e.code, e.message));
  const ac = new WritableStream();
  const wac = ac.getWriter();
  const p1 = wac.abort('first');
  const p2 = wac.abort('second');
  console.log('same abort promise', p1 === p2);
  await p1;
})();
