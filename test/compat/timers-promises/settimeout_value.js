// timers/promises setTimeout resolves with its value after the delay, in delay order.
const tp = require('timers/promises');
const start = Date.now();
(async () => {
  console.log('value', await tp.setTimeout(5, 'v'));
  console.log('elapsed >= 4', Date.now() - start >= 4);
  console.log('undefined value', await tp.setTimeout(1));
  console.log('no delay', await tp.setTimeout(undefined, 'nd'));
  console.log('object value', JSON.stringify(await tp.setTimeout(1, { a: 1 })));
  const order = [];
  await Promise.all([
    tp.setTimeout(20, 'c').then((v) => order.push(v)),
    tp.setTimeout(1, 'a').then((v) => order.push(v)),
    tp.setTimeout(10, 'b').then((v) => order.push(v)),
  ]);
  console.log('order', order.join(','));
  console.log('negative / NaN delays', await tp.setTimeout(-5, 'neg'), await tp.setTimeout(NaN, 'nan'));
  const p = tp.setTimeout(1, 'p');
  console.log('returns promise', p instanceof Promise);
  await p;
})();
