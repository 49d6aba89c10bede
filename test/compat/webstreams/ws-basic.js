// WritableStream: writes reach the sink in order, one at a time; close after writes.
const { WritableStream } = require('stream/web');
(async () => {
  const log = [];
  const ws = new WritableStream({
    start(c) { log.push(`start ${c.constructor.name}`); },
    write(chunk, c) {
      log.push(`write ${chunk} start`);
      return new Promise((r) => setTimeout(() => { log.push(`write ${chunk} end`); r(); }, 2));
    },
    close() { log.push('close'); },
  });
  const w = ws.getWriter();
  const ps = ['a', 'b', 'c'].map((x) => w.write(x).then(() => log.push(`promise ${x}`)));
  const pc = w.close().then(() => log.push('close promise'));
  await Promise.all([...ps, pc]);
  await w.closed.then(() => log.push('closed'));
  console.log(log.join('\n'));
  console.log('desiredSize after close', w.desiredSize);
  const sink = { write(chunk) { console.log('this is sink', this === sink, chunk); } };
  const ws2 = new WritableStream(sink);
  const w2 = ws2.getWriter();
  await w2.write(undefined);
  await w2.write({ obj: true });
  w2.releaseLock();
  await ws2.close();
  console.log('ws.close done', ws2.locked);
})();
