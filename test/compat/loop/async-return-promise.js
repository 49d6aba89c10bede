// Returning a promise from an async function takes extra microtask turns versus returning a value.
async function retValue() { return 'value'; }
async function retPromise() { return Promise.resolve('promise'); }
async function awaitPromise() { return await Promise.resolve('awaited'); }
retPromise().then((v) => console.log(v));
retValue().then((v) => console.log(v));
awaitPromise().then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
