// Cancelling a ReadableStream.from() stream calls the iterator's return().
const { ReadableStream } = require('stream/web');
(async () => {
  const iterable = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() { return Promise.resolve({ value: i++, done: false }); },
        return(reason) { console.log('return called with', reason); return Promise.resolve({ done: true }); },
      };
    },
  };
  const rs = ReadableStream.from(iterable);
  const r = rs.getReader();
  console.log(await r.read(), await r.read());
  await r.cancel('stop');
  console.log('cancelled');
  function* gen() { try { yield 1; yield 2; } finally { console.log('generator finally'); } }
  const rs2 = ReadableStream.from(gen());
  for await (const x of rs2) { console.log('x', x); break; }
  const noReturn = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 1, done: false }); } }; } });
  console.log('no return', await noReturn.cancel('r'));
  const badReturn = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 1, done: false }); }, return() { return 1; } }; } });
  await badReturn.cancel().catch((e) => console.log('bad return', e.name));
})();
