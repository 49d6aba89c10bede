// desiredSize and ready follow the queue against the high water mark.
const { WritableStream, CountQueuingStrategy } = require('stream/web');
(async () => {
  const resolvers = [];
  const ws = new WritableStream({
    write() { return new Promise((r) => resolvers.push(r)); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  await null;
  const log = [];
  log.push(`initial ${w.desiredSize}`);
  w.write(1); log.push(`after 1: ${w.desiredSize}`);
  w.write(2); log.push(`after 2: ${w.desiredSize}`);
  const ready = w.ready;
  let readyDone = false;
  ready.then(() => { readyDone = true; });
  w.write(3); log.push(`after 3: ${w.desiredSize}`);
  await new Promise((r) => setTimeout(r, 5));
  log.push(`ready before drain ${readyDone} same ${ready === w.ready}`);
  while (resolvers.length) { resolvers.shift()(); await new Promise((r) => setTimeout(r, 1)); log.push(`drain step ${w.desiredSize} ready ${readyDone}`); }
  console.log(log.join('\n'));
  const ws2 = new WritableStream({}, { highWaterMark: 0 });
  const w2 = ws2.getWriter();
  console.log('hwm0 desiredSize', w2.desiredSize);
  const ws3 = new WritableStream({}, { highWaterMark: 10, size: (c) => c.length });
  const w3 = ws3.getWriter();
  w3.write('abcd');
  console.log('size strategy', w3.desiredSize);
})();
