// util.inspect of promises: Node reads the state synchronously (a known cnode gap).
const { inspect } = require('util');
console.log(inspect(new Promise(() => {})));
console.log(inspect(Promise.resolve(42)));
const rejected = Promise.reject(new Error('no'));
rejected.catch(() => {});
console.log(inspect(rejected).split('\n')[0]);
console.log(inspect({ p: Promise.resolve({ nested: [1] }) }));
console.log(inspect(Object.assign(Promise.resolve(1), { extra: true })));
