// util.isDeepStrictEqual on Dates, RegExps, Errors and boxed primitives.
const { isDeepStrictEqual: eq } = require('util');
const cases = [
  [new Date(1), new Date(1)], [new Date(1), new Date(2)], [new Date(NaN), new Date(NaN)],
  [Object.assign(new Date(1), { x: 1 }), new Date(1)], [new Date(0), {}],
  [/a/g, /a/g], [/a/g, /a/i], [/a/, /b/], [Object.assign(/a/g, { lastIndex: 3 }), /a/g],
  [Object.assign(/a/, { x: 1 }), Object.assign(/a/, { x: 1 })], [/a/, {}],
  [new Error('m'), new Error('m')], [new Error('m'), new Error('n')], [new TypeError('m'), new Error('m')],
  [new Error('m', { cause: 1 }), new Error('m', { cause: 1 })], [new Error('m', { cause: 1 }), new Error('m', { cause: 2 })],
  [new Error('m', { cause: 1 }), new Error('m')], [Object.assign(new Error('m'), { code: 'X' }), new Error('m')],
  [new AggregateError([1], 'm'), new AggregateError([1], 'm')], [new AggregateError([1], 'm'), new AggregateError([2], 'm')],
  [new Number(1), new Number(1)], [new Number(1), 1], [new Number(NaN), new Number(NaN)], [new Number(0), new Number(-0)],
  [new String('ab'), new String('ab')], [new String('ab'), new String('ac')], [Object.assign(new String('a'), { x: 1 }), new String('a')],
  [new Boolean(true), new Boolean(true)], [new Boolean(true), new Boolean(false)], [Object(1n), Object(1n)],
  [Object(1n), Object(2n)], [Object(Symbol.iterator), Object(Symbol.iterator)], [Object(Symbol('a')), Object(Symbol('a'))],
  [new Number(1), new String('1')], [Promise.resolve(1), Promise.resolve(2)],
];
cases.forEach(([a, b], i) => console.log(i, eq(a, b), eq(b, a)));
