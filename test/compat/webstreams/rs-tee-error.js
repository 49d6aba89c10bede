// tee(): an error in the source errors both branches.
const { ReadableStream } = require('stream/web');
(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; c.enqueue('first'); } });
  const [b1, b2] = rs.tee();
  const r1 = b1.getReader();
  const r2 = b2.getReader();
  console.log((await r1.read()).value);
  ctl.error(new Error('src failed'));
  await r1.read().then((v) => console.log('r1 read', v), (e) => console.log('r1 rejected', e.message));
  await r2.read().then((v) => console.log('r2 read', v.value), (e) => console.log('r2 rejected', e.message));
  await r2.closed.catch((e) => console.log('r2 closed', e.message));
  await r1.closed.catch((e) => console.log('r1 closed', e.message));
})();
