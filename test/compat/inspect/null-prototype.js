// util.inspect marks objects without a prototype.
const { inspect } = require('util');
const a = Object.create(null);
const b = Object.assign(Object.create(null), { x: 1, y: 'two' });
const c = Object.setPrototypeOf([1, 2], null);
const d = Object.setPrototypeOf(new Map([[1, 2]]), null);
const e = Object.setPrototypeOf(new Set(['a']), null);
const f = Object.setPrototypeOf(new Uint8Array(2), null);
const g = Object.setPrototypeOf(new Date(0), null);
const h = Object.setPrototypeOf(/re/g, null);
const i = Object.setPrototypeOf(function named() {}, null);
const j = Object.create(Object.create(null));
const k = Object.create(Object.create(null, { z: { value: 1, enumerable: true } }));
const l = Object.setPrototypeOf(new Number(3), null);
const m = Object.create(null, { [Symbol.toStringTag]: { value: 'Tagged' } });
for (const v of [a, b, c, d, e, f, g, h, i, j, k, l, m]) console.log(inspect(v));
console.log(inspect({ nested: { deeper: { x: b } } }));
