// A rejecting write() or close() in the sink errors the stream.
const { WritableStream } = require('stream/web');
(async () => {
  const ws = new WritableStream({
    write(chunk) { if (chunk === 'bad') throw new Error('bad chunk'); console.log('wrote', chunk); },
  });
  const w = ws.getWriter();
  const results = await Promise.allSettled([w.write('ok'), w.write('bad'), w.write('after')]);
  console.log(results.map((r) => r.status + ':' + (r.reason ? r.reason.message : r.value)).join(' '));
  await w.closed.catch((e) => console.log('closed', e.message));
  const ws2 = new WritableStream({ close() { return Promise.reject(new Error('close failed')); } });
  const w2 = ws2.getWriter();
  await w2.close().catch((e) => console.log('close rejected', e.message));
  await w2.closed.catch((e) => console.log('closed2', e.message));
  // abort while close in flight: abort resolves/rejects with the close outcome
  let finishClose;
  const ws3 = new WritableStream({ close() { return new Promise((r) => { finishClose = r; }); }, abort() { console.log('abort not called'); } });
  const w3 = ws3.getWriter();
  const pc = w3.close().then(() => console.log('close ok'));
  await null; await null;
  const pa = w3.abort('late abort').then(() => console.log('abort resolved'));
  finishClose();
  await Promise.all([pc, pa]);
  await w3.closed.then(() => console.log('closed3 resolved'));
})();
