// util.inspect quotes object keys that are not identifiers.
const { inspect } = require('util');
const obj = { a: 1, _b: 2, c3: 3, $d: 4, 'e-f': 5, 'g h': 6, '': 7, 0: 8, 12: 9, '1a': 10, 'ünï': 11,
  "it's": 12, 'line\nbreak': 13, __proto__x: 14, CamelCase: 15, 'a.b': 16 };
console.log(inspect(obj));
console.log(inspect({ ['__proto__']: 1 }));
console.log(inspect(JSON.parse('{"__proto__": {"x": 1}}')));
console.log(inspect({ 'quote"d': 1, 'back\\slash': 2 }));
for (const k of Object.keys(obj)) console.log(inspect({ [k]: true }));
