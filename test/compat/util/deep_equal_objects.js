// util.isDeepStrictEqual on plain objects and arrays: keys, prototypes, symbols, holes.
const { isDeepStrictEqual: eq } = require('util');
const sym = Symbol.for('k');
const cases = [
  [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: 1 }, { a: '1' }], [{ a: undefined }, {}],
  [{ a: undefined }, { b: undefined }], [{ a: { b: { c: [1, { d: 2 }] } } }, { a: { b: { c: [1, { d: 2 }] } } }],
  [{ a: { b: { c: [1, { d: 2 }] } } }, { a: { b: { c: [1, { d: 3 }] } } }],
  [Object.create(null), {}], [Object.create(null), Object.create(null)],
  [new (class A {})(), new (class A {})()], [{ [sym]: 1 }, { [sym]: 1 }], [{ [sym]: 1 }, { [sym]: 2 }],
  [{ [sym]: 1 }, {}], [{ [Symbol('x')]: 1 }, { [Symbol('x')]: 1 }],
  [Object.defineProperty({}, 'hidden', { value: 1 }), {}],
  [Object.defineProperty({}, Symbol.for('h'), { value: 1 }), {}],
  [[1, 2, 3], [1, 2, 3]], [[1, 2], [1, 2, 3]], [[1, , 3], [1, undefined, 3]], [[, ], [undefined]],
  [Object.assign([1], { extra: true }), [1]], [Object.assign([1], { extra: true }), Object.assign([1], { extra: true })],
  [[], {}], [{ 0: 1, length: 1 }, [1]], [(function () { return arguments; })(1), [1]],
  [(function () { return arguments; })(1), (function () { return arguments; })(1)],
  [{ f: Math.max }, { f: Math.max }], [{ f() {} }, { f() {} }],
];
cases.forEach(([a, b], i) => console.log(i, eq(a, b), eq(b, a)));
