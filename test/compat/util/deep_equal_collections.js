// util.isDeepStrictEqual on Map and Set: unordered, object keys matched deeply.
const { isDeepStrictEqual: eq } = require('util');
const k = { id: 1 };
const cases = [
  [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])],
  [new Map([[1, 'a']]), new Map([[1, 'b']])], [new Map([[1, 1]]), new Map([['1', 1]])],
  [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])], [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 2]])],
  [new Map([[k, 1]]), new Map([[k, 1]])], [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
  [new Map([[[1], 'x'], [[1], 'y']]), new Map([[[1], 'y'], [[1], 'x']])],
  [new Map([[1, { deep: [1] }]]), new Map([[1, { deep: [1] }]])], [new Map(), new Map([[1, 1]])],
  [new Set([1, 2, 3]), new Set([3, 2, 1])], [new Set([1, 2]), new Set([1, 3])],
  [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])], [new Set([[1], [1]]), new Set([[1], [1]])],
  [new Set([[1], [2]]), new Set([[1], [1]])], [new Set([NaN]), new Set([NaN])], [new Set([0]), new Set([-0])],
  [new Set(['1']), new Set([1])], [new Set(), new Map()], [new Set([1]), [1]],
  [Object.assign(new Set([1]), { x: 1 }), new Set([1])], [new WeakMap(), new WeakMap()],
  [new WeakSet(), new WeakSet()], [new (class S extends Set {})([1]), new Set([1])],
];
cases.forEach(([a, b], i) => console.log(i, eq(a, b), eq(b, a)));
const w = new WeakMap();
console.log('same weakmap', eq(w, w));
