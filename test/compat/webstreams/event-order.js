// Promise ordering between reads, controller calls and plain microtasks.
const { ReadableStream, WritableStream } = require('stream/web');
(async () => {
  const log = [];
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  const r = rs.getReader();
  r.read().then((v) => log.push(`read1 ${v.value}`));
  r.read().then((v) => log.push(`read2 ${v.value}`));
  Promise.resolve().then(() => log.push('tick1')).then(() => log.push('tick2')).then(() => log.push('tick3'));
  ctl.enqueue('a');
  r.closed.then(() => log.push('closed'));
  ctl.enqueue('b');
  ctl.close();
  queueMicrotask(() => log.push('microtask'));
  process.nextTick(() => log.push('nextTick'));
  await new Promise((res) => setTimeout(res, 5));
  console.log(log.join(' '));
  const log2 = [];
  const ws = new WritableStream({ write(c) { log2.push(`sink ${c}`); } });
  const w = ws.getWriter();
  w.write('x').then(() => log2.push('write x'));
  w.write('y').then(() => log2.push('write y'));
  w.close().then(() => log2.push('close'));
  w.closed.then(() => log2.push('closed'));
  Promise.resolve().then(() => log2.push('t1')).then(() => log2.push('t2')).then(() => log2.push('t3')).then(() => log2.push('t4'));
  await new Promise((res) => setTimeout(res, 5));
  console.log(log2.join(' '));
  const log3 = [];
  const rs3 = new ReadableStream({
    start() { log3.push('start'); },
    pull(c) { log3.push('pull'); c.enqueue(1); },
  });
  log3.push('constructed');
  Promise.resolve().then(() => log3.push('m1')).then(() => log3.push('m2'));
  await new Promise((res) => setTimeout(res, 5));
  rs3.getReader().read().then(() => log3.push('read done'));
  Promise.resolve().then(() => log3.push('m3'));
  await new Promise((res) => setTimeout(res, 5));
  console.log(log3.join(' '));
})();
