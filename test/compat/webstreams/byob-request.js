// byobRequest in pull(): view shape, respond(), respondWithNewView(), invalidation.
const { ReadableStream } = require('stream/web');
(async () => {
  let saved;
  let step = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      saved = req;
      step++;
      console.log('pull', step, req.constructor.name, req.view.constructor.name, req.view.byteOffset, req.view.byteLength);
      if (step === 1) {
        req.view[0] = 10;
        req.view[1] = 11;
        req.respond(2);
        console.log('after respond, view', req.view, 'request', c.byobRequest);
      } else if (step === 2) {
        const v = new Uint8Array(req.view.buffer, req.view.byteOffset, 1);
        v[0] = 99;
        req.respondWithNewView(v);
      } else {
        c.close();
        req.respond(0);
      }
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const a = await reader.read(new Uint8Array(4));
  console.log('a', Array.from(a.value), a.value.byteOffset, a.value.buffer.byteLength);
  const b = await reader.read(new Uint8Array(a.value.buffer, 2, 2));
  console.log('b', Array.from(b.value), b.value.byteOffset);
  const c = await reader.read(new Uint8Array(3));
  console.log('c', c.done, c.value.length);
  try { saved.respond(1); } catch (e) { console.log('invalidated', e.name, e.code); }
  let ctl;
  const rs2 = new ReadableStream({ type: 'bytes', start(cc) { ctl = cc; } });
  const r2 = rs2.getReader({ mode: 'byob' });
  const p = r2.read(new Uint8Array(4));
  await null;
  const req = ctl.byobRequest;
  console.log('same request object', req === ctl.byobRequest);
  try { req.respond(5); } catch (e) { console.log(e.name, e.code, e.message); }
  try { req.respond(0); } catch (e) { console.log(e.name, e.code); }
  try { req.respondWithNewView(new Uint8Array(2)); } catch (e) { console.log('wrong buffer', e.name); }
  req.view.set([5, 6, 7, 8]);
  req.respond(4);
  console.log(Array.from((await p).value));
})();
