// timers/promises setInterval is an async iterator; break ends it.
const { setInterval: siv } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of siv(2, 'tick')) {
    n++;
    console.log('iteration', n, v);
    if (n === 3) break;
  }
  console.log('after loop');
  const it = siv(1, 7);
  console.log('has next', typeof it.next, 'has return', typeof it.return, 'async iterator', typeof it[Symbol.asyncIterator]);
  console.log('first', JSON.stringify(await it.next()));
  console.log('return', JSON.stringify(await it.return()));
  console.log('after return', JSON.stringify(await it.next()));
})();
process.on('exit', () => console.log('exit'));
