// Promise.all / allSettled / race / any settle in a fixed microtask order.
const a = Promise.resolve('a');
const b = Promise.reject(new Error('b'));
const c = new Promise((r) => process.nextTick(() => r('c')));
Promise.all([a, c]).then((v) => console.log('all', v.join(',')));
Promise.allSettled([a, b, c]).then((v) => console.log('allSettled', v.map((x) => x.status + ':' + (x.value || x.reason.message)).join(' ')));
Promise.race([c, a]).then((v) => console.log('race', v));
Promise.any([b, c]).then((v) => console.log('any', v));
Promise.any([b]).catch((e) => console.log('any rejected', e.constructor.name, e.errors.length));
Promise.all([a, b]).catch((e) => console.log('all rejected', e.message));
console.log('main end');
