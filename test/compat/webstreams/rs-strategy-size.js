// A size() that throws or returns an invalid number errors the stream and throws from enqueue.
const { ReadableStream } = require('stream/web');
(async () => {
  for (const [label, size] of [
    ['throws', () => { throw new Error('size threw'); }],
    ['negative', () => -1],
    ['NaN', () => NaN],
    ['Infinity', () => Infinity],
    ['string', () => '2'],
  ]) {
    let ctl;
    const rs = new ReadableStream({ start(c) { ctl = c; } }, { size });
    try {
      ctl.enqueue('x');
      console.log(label, 'enqueued', ctl.desiredSize);
      continue;
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
    await rs.getReader().closed.then(() => console.log('closed'), (e) => console.log('stream errored', e.message));
  }
  // size is called with the chunk and no this-binding guarantees; size result used
  const sizes = [];
  let ctl;
  new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 10, size(ch) { sizes.push(ch); return ch * 2; } });
  ctl.enqueue(1); ctl.enqueue(3);
  console.log(sizes.join(','), ctl.desiredSize);
  // size not called when a read is pending
  let called = 0;
  let c2;
  const rs2 = new ReadableStream({ start(c) { c2 = c; } }, { size() { called++; return 1; } });
  const r = rs2.getReader();
  const p = r.read();
  c2.enqueue('direct');
  console.log((await p).value, 'size calls', called);
})();
