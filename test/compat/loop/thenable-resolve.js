// Resolving with a thenable costs an extra job; resolving with a native promise too.
const thenable = { then(res) { console.log('thenable.then called'); res('from thenable'); } };
new Promise((res) => res(thenable)).then((v) => console.log(v));
new Promise((res) => res(Promise.resolve('from promise'))).then((v) => console.log(v));
Promise.resolve('direct').then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('step 1'))
  .then(() => console.log('step 2'))
  .then(() => console.log('step 3'));
console.log('main end');
