// ReadableStream.from(): arrays, strings, generators, async generators, invalid inputs.
const { ReadableStream } = require('stream/web');
async function collect(s) { const out = []; for await (const x of s) out.push(x); return out; }
(async () => {
  console.log(await collect(ReadableStream.from([1, 2, 3])));
  console.log(await collect(ReadableStream.from('héllo')));
  console.log(await collect(ReadableStream.from(new Set(['x', 'y']))));
  console.log(await collect(ReadableStream.from((function* () { yield 'g1'; yield 'g2'; })())));
  console.log(await collect(ReadableStream.from((async function* () { yield 'a1'; await null; yield 'a2'; })())));
  console.log(await collect(ReadableStream.from([Promise.resolve('awaited'), 'plain'])));
  const src = new ReadableStream({ start(c) { c.enqueue('rs'); c.close(); } });
  console.log(await collect(ReadableStream.from(src)));
  for (const bad of [1, null, undefined, {}, { [Symbol.iterator]: 1 }, { [Symbol.asyncIterator]() { return 1; } }]) {
    try { ReadableStream.from(bad); console.log('no throw'); } catch (e) { console.log(e.name, e.code); }
  }
  const it = ReadableStream.from((function* () { yield 1; throw new Error('gen failed'); })());
  try { await collect(it); } catch (e) { console.log('caught', e.message); }
  const lazy = ReadableStream.from({
    [Symbol.asyncIterator]() { console.log('iterator created'); let i = 0; return { next() { console.log('next', i); return Promise.resolve({ value: i, done: i++ >= 2 }); } }; },
  });
  console.log('from returned');
  console.log(await collect(lazy));
  const badResult = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
  try { await collect(badResult); } catch (e) { console.log('bad result', e.name); }
})();
