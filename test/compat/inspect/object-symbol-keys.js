// util.inspect lists enumerable symbol keys after string keys.
const { inspect } = require('util');
const o = { a: 1, [Symbol('s1')]: 2, b: 3, [Symbol()]: 4, [Symbol.iterator]: 5, [Symbol.for('reg')]: 6,
  [Symbol('with space')]: 7, [Symbol('nl\nx')]: 8 };
console.log(inspect(o));
const hidden = {};
Object.defineProperty(hidden, Symbol('hid'), { value: 1, enumerable: false });
Object.defineProperty(hidden, 'str', { value: 2, enumerable: false });
console.log(inspect(hidden));
console.log(inspect(hidden, { showHidden: true }));
console.log(inspect({ [Symbol('a')]: { [Symbol('b')]: [1] } }));
