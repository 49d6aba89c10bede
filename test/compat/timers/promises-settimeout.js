// timers/promises setTimeout resolves with the given value.
const tp = require('timers/promises');
(async () => {
  console.log('default value', await tp.setTimeout(1));
  console.log('value', await tp.setTimeout(1, 'hello'));
  const obj = { a: 1 };
  console.log('same object', (await tp.setTimeout(2, obj)) === obj);
  const p = tp.setTimeout(1, 'x');
  console.log('returns promise', p instanceof Promise);
  console.log('awaited', await p);
  const order = [];
  await Promise.all([
    tp.setTimeout(10, 'ten').then((v) => order.push(v)),
    tp.setTimeout(1, 'one').then((v) => order.push(v)),
    tp.setTimeout(5, 'five').then((v) => order.push(v)),
  ]);
  console.log('order', order.join(','));
  console.log('undefined delay', await tp.setTimeout(undefined, 'u'));
})();
