// util.inspect's sorted option for objects, maps, sets and array extras.
const { inspect } = require('util');
const obj = { b: 1, a: 2, c: { z: 1, y: 2 }, A: 3, 10: 'ten', 2: 'two' };
console.log(inspect(obj, { sorted: true }));
console.log(inspect(obj, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) }));
console.log(inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(inspect(new Set(['c', 'a', 'b']), { sorted: true }));
const arr = [3, 1, 2];
arr.z = 1;
arr.a = 2;
console.log(inspect(arr, { sorted: true }));
console.log(inspect({ [Symbol('b')]: 1, [Symbol('a')]: 2, m: 0 }, { sorted: true }));
